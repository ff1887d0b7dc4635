package com.humanscrm.adapters.http.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.humanscrm.adapters.http.docs.OpenApiDocument;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract, as served ({@link OpenApiDocument}), as a check on real exchanges: a request or response
 * the document does not describe fails the test that made it.
 */
final class OpenApiContract {

    // The document cannot describe unknown paths and methods; answers to requests sent there on purpose
    // (off contract) are checked as bare problems instead.
    private static final Set<String> NOT_IN_THE_DOCUMENT = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.response.path.missing", "validation.response.operation.notAllowed");

    // Parsing the document and building its schemas takes seconds: once per test run.
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(OpenApiDocument.assemble().toString())
            .withLevelResolver(LevelResolver.create()
                    // Ignored by default: a misspelt query parameter would go unnoticed.
                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                    .build())
            .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiContract() {
    }

    /**
     * Fails unless the document describes both the request and the response. A request that is meant
     * to break the contract ({@code requestOffContract}) is not checked itself, but its response still is.
     */
    static void check(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody,
                      HttpResponse<byte[]> response, boolean requestOffContract) {
        // A HEAD answer has no body, whatever its status (RFC 9110).
        boolean head = method.equals("HEAD");
        if (head && response.body().length > 0) {
            throw new AssertionError("A HEAD answer has no body: HEAD " + uri + " → " + response.statusCode() + " "
                    + shown(response.body()));
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (response.body().length > 0) {
            answer.withBody(response.body());
        }
        ValidationReport report = requestOffContract
                ? VALIDATOR.validateResponse(uri.getPath(), Request.Method.valueOf(method), answer.build())
                : VALIDATOR.validate(request(method, uri, requestHeaders, requestBody), answer.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (requestOffContract && errors.stream().anyMatch(message -> NOT_IN_THE_DOCUMENT.contains(message.getKey()))) {
            checkBareProblem(response, head);
            errors = errors.stream().filter(message -> !NOT_IN_THE_DOCUMENT.contains(message.getKey())).toList();
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("The exchange breaks the document:\n" + format(errors) + "\n" + method + " " + uri
                    + (requestBody == null ? "" : "\n" + shown(requestBody))
                    + "\n→ " + response.statusCode() + " " + shown(response.body()));
        }
    }

    /** A body in a failure message: its text, cut short (an upload can be megabytes). */
    private static String shown(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 2_000), StandardCharsets.UTF_8);
        return body.length > 2_000 ? text + "… (" + body.length + " bytes)" : text;
    }

    private static Request request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        headers.forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.withQueryParam(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
            }
        }
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    /** Level, key, where and what: the library's own format leaves out where. */
    private static String format(List<ValidationReport.Message> messages) {
        return messages.stream().map(message -> {
            String where = message.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance)
                    .orElse("");
            return "  " + message.getKey() + (where.isEmpty() ? "" : " at " + where) + ": " + message.getMessage();
        }).collect(Collectors.joining("\n"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /**
     * Answers to requests outside the document must still be problem+json with the members every error has
     * (of a HEAD's answer, only its type can be seen).
     */
    private static void checkBareProblem(HttpResponse<byte[]> response, boolean head) {
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/problem+json") || !head && !isProblem(response)) {
            throw new AssertionError("Expected problem+json, got " + response.statusCode() + " " + contentType + " "
                    + shown(response.body()));
        }
    }

    private static boolean isProblem(HttpResponse<byte[]> response) {
        JsonNode problem = JSON.readTree(response.body());
        return problem.path("status").asInt() == response.statusCode()
                && Stream.of("type", "title", "code", "requestId").allMatch(member -> problem.path(member).isString());
    }
}
