package com.humanscrm.bootstrap;

import com.humanscrm.adapters.http.HttpApi;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.application.UseCases;

/** The running CRM: the database, the use cases over it, and the HTTP API in front; closed in reverse order. */
public final class CrmServer implements AutoCloseable {

    private final Database database;
    private final PostgresPersistence persistence;
    private final HttpApi http;

    private CrmServer(Database database, PostgresPersistence persistence, HttpApi http) {
        this.database = database;
        this.persistence = persistence;
        this.http = http;
    }

    static CrmServer start(Settings settings) {
        Database database = Database.open(settings);
        PostgresPersistence persistence = null;
        try {
            persistence = PostgresPersistence.connect(database.settings());
            UseCases useCases = Wiring.useCases(persistence);
            HttpApi http = HttpApi.create(new HttpSettings(settings.host(), settings.port(), settings.maxRequestBytes()),
                    useCases, persistence::isReady).start();
            return new CrmServer(database, persistence, http);
        } catch (RuntimeException e) {
            if (persistence != null) {
                persistence.close();
            }
            database.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
        persistence.close();
        database.close();
    }
}
