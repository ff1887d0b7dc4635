package com.humanscrm.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the served OpenAPI document, with what a request to it is made of: its parameters and,
 * when it takes one, its body's media type and schema.
 */
record Operation(String method, String path, List<JsonNode> parameters, String bodyType, JsonNode bodySchema) {

    /** Reads first, then writes, deletes last: the records a later request needs are still there for most. */
    private static final Map<String, Integer> ORDER = Map.of("GET", 0, "HEAD", 1, "POST", 2, "PATCH", 3, "DELETE", 4);

    static List<Operation> of(JsonNode document, Schemas schemas) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (!ORDER.containsKey(method)) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(schemas.resolve(parameter)));
            String bodyType = null;
            JsonNode bodySchema = null;
            JsonNode content = operation.path("requestBody").path("content");
            if (!content.isMissingNode() && !content.isEmpty()) {
                var first = content.properties().iterator().next();
                bodyType = first.getKey();
                bodySchema = first.getValue().path("schema");
            }
            operations.add(new Operation(method, path.getKey(), parameters, bodyType, bodySchema));
        }));
        operations.sort(Comparator.comparing((Operation operation) -> ORDER.get(operation.method()))
                .thenComparing(operation -> operation.path().equals("/api/humans/{id}") ? 1 : 0));
        return operations;
    }

    boolean takesJson() {
        return "application/json".equals(bodyType);
    }

    boolean takesMultipart() {
        return "multipart/form-data".equals(bodyType);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
