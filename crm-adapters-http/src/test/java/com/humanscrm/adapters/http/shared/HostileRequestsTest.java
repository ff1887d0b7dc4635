package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.RawHttp;
import com.humanscrm.adapters.http.testing.RawHttp.Answer;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile client sends below the level of a well-behaved HTTP library, each answered with a
 * clear client error in the one problem format, and nothing stored.
 */
class HostileRequestsTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);

    @AutoClose
    private final InMemoryApi api = new InMemoryApi(new InMemoryCrm(),
            InMemoryApi.TEST_SETTINGS.withIdleTimeout(IDLE_TIMEOUT));
    private final ApiClient admin = api.as(Role.ADMIN);
    private final String key = api.crm.apiKey(Role.ADMIN);
    private final RawHttp raw = new RawHttp(HttpSettings.LOOPBACK, api.server.uri().getPort());

    private Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + key);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private int labels() {
        return admin.get("/api/lookup-lists/human-email-labels/items?limit=200").send().expectStatus(200).data().size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=bogus", "application/json; charset=", "application/json;charset=\"\"",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/json; charset=ISO-8859-1"})
    void aCharsetOtherThanUtf8IsAnUnsupportedMediaType(String contentType) {
        int before = labels();

        Answer answer = raw.send("POST", "/api/lookup-lists/human-email-labels/items",
                headers("Content-Type", contentType), utf8("{\"name\": \"Home\"}"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.text()).contains("UNSUPPORTED_MEDIA_TYPE");
        assertThat(labels()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/json; charset=UTF-8", "application/json;charset=\"utf-8\"",
            "Application/JSON", "application/json", "application/json ; charset = utf8", "application/json; charset=utf-8; v=1"})
    void utf8JsonIsTakenHoweverItIsSpelled(String contentType) {
        Answer answer = raw.send("POST", "/api/lookup-lists/human-email-labels/items",
                headers("Content-Type", contentType), utf8("{\"name\": \"Zoë " + contentType.length() + "\"}"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.text()).contains("Zoë");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c3", "e282", "eda080", "edbfbf", "c0af", "f4908080", "80"})
    void bytesThatAreNotUtf8AreAMalformedRequestAndNothingIsStored(String hex) {
        int before = labels();
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] body = concat(utf8("{\"name\": \"bad"), bad, utf8("\"}"));

        Answer answer = raw.send("POST", "/api/lookup-lists/human-email-labels/items",
                headers("Content-Type", "application/json"), body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.text()).contains("MALFORMED_REQUEST").contains("UTF-8");
        assertThat(labels()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBodyShorterThanItsContentLengthIsAMalformedRequest(boolean withIdempotencyKey) {
        Map<String, String> headers = headers("Content-Type", "application/json", "Content-Length", "100");
        if (withIdempotencyKey) {
            headers.put("Idempotency-Key", "short-body"); // read before the route reads it
        }
        Answer answer = raw.send("POST /api/lookup-lists/human-email-labels/items HTTP/1.1", headers, utf8("{\"name\": \"Ho"),
                true, Duration.ofSeconds(10));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset", "application/json; charset=bogus", "application/json; charset=",
            "text/plain; charset=latin1", "text/plain; charset=utf-16"})
    void queryParametersAreUtf8WhateverCharsetTheRequestNames(String contentType) {
        admin.post("/api/humans", """
                {"firstName": "Zoë", "lastName": "Ødegård", "types": ["client"], "emails": [{"email": "zoe@example.com"}]}
                """).send().expectStatus(201);
        admin.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
                """).send().expectStatus(201);

        Answer filtered = raw.send("GET", "/api/humans?limit=1&q=Zo%C3%AB", headers("Content-Type", contentType), new byte[0]);

        assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
        assertThat(filtered.text()).contains("\"limit\":1").contains("Ødegård").doesNotContain("Lovelace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%ff", "q=%C3", "q=%ED%A0%80", "q=%", "q=%4", "q=%zz", "limit=%ff"})
    void aQueryStringThatIsNotUtf8IsAMalformedRequest(String query) {
        Answer answer = raw.send("GET", "/api/humans?" + query, headers(), new byte[0]);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.text()).contains("MALFORMED_REQUEST");
    }

    @Test
    void aStalledBodyTimesOutAsAProblemWithinTheConfiguredBound() {
        long started = System.nanoTime();
        Answer answer = raw.send("POST /api/lookup-lists/human-email-labels/items HTTP/1.1",
                headers("Content-Type", "application/json", "Content-Length", "100"), utf8("{\"name\": \"Ho"), false,
                Duration.ofSeconds(10));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(408);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.text()).contains("REQUEST_TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(IDLE_TIMEOUT.multipliedBy(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "POST", "PATCH"})
    void anOverrideHeaderNeverChangesTheMethod(String method) {
        String id = admin.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
                """).send().expectStatus(201).id();

        for (String header : new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
            raw.send(method, "/api/humans/" + id, headers(header, "DELETE", "Content-Type", "application/json"),
                    method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") ? new byte[0] : utf8("{}"));
        }

        admin.get("/api/humans/" + id).send().expectStatus(200);
        assertThat(api.crm.auditLog.entries()).noneMatch(entry -> entry.action().wireName().equals("delete"));
    }

    @Test
    void aGetWithABodyAndAnOverrideCannotChangeARecord() {
        String id = admin.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
                """).send().expectStatus(201).id();

        raw.send("GET", "/api/humans/" + id, headers("X-HTTP-Method-Override", "PATCH", "Content-Type", "application/json"),
                utf8("{\"firstName\": \"Eve\"}"));

        assertThat(admin.get("/api/humans/" + id).send().expectStatus(200).data().get("firstName").asString()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATCH", "DELETE", "PUT", "OPTIONS", "GET", "POST"})
    void refusalsJettyMakesItselfAreProblemsForEveryMethod(String method) {
        Answer unknownExpectation = raw.send(method, "/api/humans/x", headers("Expect", "teapot"), new byte[0]);
        Answer hugeHeader = raw.send(method, "/api/humans/x", headers("X-Huge", "a".repeat(64 * 1024)), new byte[0]);
        Answer badHeader = raw.send(method + " /api/humans/x HTTP/1.1", headers("Bad Header", "x"), new byte[0], false,
                Duration.ofSeconds(10));

        for (Answer answer : new Answer[] {unknownExpectation, hugeHeader, badHeader}) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\" \"", "\"\\t\"", "\"\\u0000\"", "\"\"", "\"yes\"", "\"true\"", "0", "1"})
    void onlyTrueAndFalseAreBooleans(String value) {
        admin.patch("/api/admin/colleagues/" + api.crm.colleague(Role.VIEWER).id(), "{\"isActive\": " + value + "}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        admin.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "ada@example.com", "isPrimary": %s}], "phones": [{"number": "+442079460000", "hasWhatsapp": %s}]}
                """.formatted(value, value)).offContract().send().expectProblem(422, "VALIDATION_FAILED");
        assertThat(admin.get("/api/humans").send().expectStatus(200).data()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%D9%A3", "%EF%BC%93", "+3", "3.0", "03x", "%E0%A5%A9"})
    void aLimitIsWrittenInAsciiDigits(String limit) {
        admin.get("/api/humans?limit=" + limit).offContract().send().expectProblem(422, "VALIDATION_FAILED");
    }

    @Test
    void aHeadOnASignInStepNeedsNoKeyAndIsRefusedWithoutSigningAnyoneIn() {
        for (String path : new String[] {"/auth/google/login", "/auth/google/callback"}) {
            Answer head = raw.send("HEAD", path, Map.of(), new byte[0]);
            Answer get = raw.send("GET", path, Map.of(), new byte[0]);

            assertThat(head.status()).as("HEAD %s: %s", path, head).isEqualTo(405);
            assertThat(head.header("Allow")).isEqualTo("GET");
            assertThat(head.header("Content-Type")).startsWith("application/problem+json");
            assertThat(get.status()).as("GET %s: %s", path, get).isNotIn(401, 405);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
