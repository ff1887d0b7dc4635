package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who the client is when the API runs behind a reverse proxy: rate limits and the audit log count the right one. */
class TrustedProxiesTest {

    /** Where the test's requests come from. */
    private static final String PEER = HttpSettings.LOOPBACK;
    private static final String HUMAN = """
            {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
            """;

    @Test
    void fromAPeerThatIsNoTrustedProxyForwardedForIsIgnored() {
        try (InMemoryApi api = api(Set.of())) {
            ApiClient colleague = api.as(Role.AGENT);
            failTwiceFrom(api, "203.0.113.1");

            colleague.get("/api/humans").header("X-Forwarded-For", "203.0.113.2").send().expectProblem(429, "RATE_LIMITED");
        }
        try (InMemoryApi api = api(Set.of())) {
            api.as(Role.AGENT).post("/api/humans", HUMAN).header("X-Forwarded-For", "203.0.113.9").send().expectStatus(201);

            assertThat(lastAudited(api).clientIp()).isEqualTo(PEER);
        }
    }

    @Test
    void fromATrustedProxyTheClientItForwardsForIsCountedAndAudited() {
        try (InMemoryApi api = api(Set.of(PEER))) {
            ApiClient colleague = api.as(Role.AGENT);
            failTwiceFrom(api, "203.0.113.1");

            colleague.get("/api/humans").header("X-Forwarded-For", "203.0.113.1").send().expectProblem(429, "RATE_LIMITED");
            colleague.get("/api/humans").header("X-Forwarded-For", "203.0.113.2").send().expectStatus(200);
            colleague.post("/api/humans", HUMAN).header("X-Forwarded-For", "6.6.6.6, 203.0.113.9, " + PEER).send()
                    .expectStatus(201);
            assertThat(lastAudited(api).clientIp()).isEqualTo("203.0.113.9");
        }
    }

    @Test
    void aMalformedForwardedForFromATrustedProxyLeavesTheProxy() {
        try (InMemoryApi api = api(Set.of(PEER))) {
            api.as(Role.AGENT).post("/api/humans", HUMAN).header("X-Forwarded-For", "evil.example").send().expectStatus(201);

            assertThat(lastAudited(api).clientIp()).isEqualTo(PEER);
        }
    }

    @Test
    void ipv6ClientsAreLimitedByTheirSlash64() {
        try (InMemoryApi api = api(Set.of(PEER))) {
            ApiClient colleague = api.as(Role.AGENT);
            failTwiceFrom(api, "2001:db8:1:2::1");

            colleague.get("/api/humans").header("X-Forwarded-For", "2001:db8:1:2::99").send().expectProblem(429, "RATE_LIMITED");
            colleague.get("/api/humans").header("X-Forwarded-For", "2001:db8:1:3::1").send().expectStatus(200);
        }
    }

    private static void failTwiceFrom(InMemoryApi api, String client) {
        ApiClient stranger = api.anonymous().withApiKey("crm_not-a-real-key");
        for (int i = 0; i < 2; i++) {
            stranger.get("/api/humans").header("X-Forwarded-For", client).send().expectProblem(401, "AUTH_INVALID");
        }
    }

    private static AuditEntry lastAudited(InMemoryApi api) {
        return api.crm.auditLog.entries().getLast();
    }

    private static InMemoryApi api(Set<String> trustedProxies) {
        return new InMemoryApi(new InMemoryCrm(), new HttpSettings(0)
                .withBrowser(BrowserSettings.DEFAULTS.withRateLimits(new RateLimits(10_000, 2)))
                .withTrustedProxies(trustedProxies));
    }
}
