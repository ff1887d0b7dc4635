package com.humanscrm.bootstrap;

import com.humanscrm.adapters.persistence.DatabaseSettings;

/** The database the settings point to: the configured server, or else the embedded one. */
final class Database implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final DatabaseSettings settings;

    private Database(EmbeddedDatabase embedded, DatabaseSettings settings) {
        this.embedded = embedded;
        this.settings = settings;
    }

    static Database open(Settings settings) {
        if (!settings.embeddedDatabase()) {
            return new Database(null, databaseSettings(settings, settings.databaseUrl()));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.attachOrStart(settings.dataDirectory());
        return new Database(embedded, databaseSettings(settings, embedded.jdbcUrl()));
    }

    private static DatabaseSettings databaseSettings(Settings settings, String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, settings.databaseUser(), settings.databasePassword(),
                settings.databasePoolSize(), settings.credentialCacheTtl(), settings.lastUsedFlushInterval());
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
