package com.humanscrm.adapters.http.testing;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;

/**
 * The API over the in-memory CRM, with callers of every role: what this module's route tests run
 * against. Close it after each test ({@code @AutoClose}).
 */
public final class InMemoryApi implements AutoCloseable {

    /**
     * On a free port, with rate limits no route test reaches (a test of every route with a bad key fails
     * authentication once per route); the tests of the limits set their own.
     */
    public static final HttpSettings TEST_SETTINGS = new HttpSettings(0)
            .withBrowser(BrowserSettings.DEFAULTS.withRateLimits(new RateLimits(10_000, 10_000)));

    public final InMemoryCrm crm;
    public final HttpTestServer server;

    public InMemoryApi() {
        this(new InMemoryCrm(), TEST_SETTINGS);
    }

    /** Over a CRM with these limits (such as the largest document), and a server with these settings. */
    public InMemoryApi(InMemoryCrm crm, HttpSettings settings) {
        this.crm = crm;
        this.server = HttpTestServer.start(settings, crm.useCases, () -> true);
    }

    /** A new colleague with this role, holding a new API key. */
    public ApiClient as(Role role) {
        return server.client().withApiKey(crm.apiKey(role));
    }

    public ApiClient anonymous() {
        return server.client();
    }

    @Override
    public void close() {
        server.close();
    }
}
