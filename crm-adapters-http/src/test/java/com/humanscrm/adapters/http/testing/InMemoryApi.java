package com.humanscrm.adapters.http.testing;

import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;

/**
 * The API over the in-memory CRM, with callers of every role: what this module's route tests run
 * against. Close it after each test ({@code @AutoClose}).
 */
public final class InMemoryApi implements AutoCloseable {

    public final InMemoryCrm crm = new InMemoryCrm();
    public final HttpTestServer server = HttpTestServer.start(crm.useCases);

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
