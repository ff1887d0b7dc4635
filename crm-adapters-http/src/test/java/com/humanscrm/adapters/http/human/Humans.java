package com.humanscrm.adapters.http.human;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;

/** Humans for tests to work on. */
final class Humans {

    private Humans() {
    }

    static String body(String firstName, String lastName, String email) {
        return """
                {"firstName": "%s", "lastName": "%s", "types": ["client"], "emails": [{"email": "%s"}]}
                """.formatted(firstName, lastName, email);
    }

    static ApiResponse create(ApiClient client, String firstName, String lastName) {
        return client.post("/api/humans", body(firstName, lastName, firstName.toLowerCase() + "@example.com"))
                .send().expectStatus(201);
    }

    /** The id of a new human. */
    static String createId(ApiClient client) {
        return create(client, "Grace", "Hopper").id();
    }
}
