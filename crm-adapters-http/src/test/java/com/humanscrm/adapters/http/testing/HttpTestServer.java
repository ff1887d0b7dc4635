package com.humanscrm.adapters.http.testing;

import com.humanscrm.adapters.http.HttpApi;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.application.UseCases;
import java.net.URI;
import java.util.function.BooleanSupplier;

/** The real API on a free port of this machine, over whatever use cases the test wires. */
public final class HttpTestServer implements AutoCloseable {

    private final HttpApi api;

    private HttpTestServer(HttpApi api) {
        this.api = api.start();
    }

    public static HttpTestServer start(UseCases useCases) {
        return start(new HttpSettings(0), useCases, () -> true);
    }

    public static HttpTestServer start(HttpSettings settings, UseCases useCases, BooleanSupplier databaseReady) {
        return new HttpTestServer(HttpApi.create(settings, useCases, databaseReady));
    }

    public URI uri() {
        return URI.create("http://" + HttpSettings.LOOPBACK + ":" + api.port() + "/");
    }

    /** A caller without credentials. */
    public ApiClient client() {
        return new ApiClient(uri());
    }

    public HttpApi api() {
        return api;
    }

    @Override
    public void close() {
        api.close();
    }
}
