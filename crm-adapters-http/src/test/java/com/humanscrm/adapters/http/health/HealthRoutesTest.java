package com.humanscrm.adapters.http.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.HttpTestServer;
import com.humanscrm.application.testing.InMemoryCrm;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    @AutoClose
    private final HttpTestServer server = HttpTestServer.start(new HttpSettings(0), new InMemoryCrm().useCases, databaseUp::get);

    @Test
    void aLiveProcessSaysSo() {
        assertThat(server.client().get("/health/live").send().expectStatus(200).json().toString()).isEqualTo("{\"status\":\"up\"}");
    }

    @Test
    void readinessFollowsTheDatabase() {
        server.client().get("/health/ready").send().expectStatus(200);

        databaseUp.set(false);

        server.client().get("/health/ready").send().expectProblem(503, "UNAVAILABLE");
        server.client().get("/health/live").send().expectStatus(200);
    }
}
