package com.humanscrm.bootstrap.fuzz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The document's schemas: references resolved, and a value each schema accepts, made up at random. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Random random;

    Schemas(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** The node a {@code $ref} points to (followed to the end), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] pointer = current.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String segment : pointer) {
                target = target.path(segment);
            }
            current = target;
        }
        return current;
    }

    /** A value the schema describes; ids of format {@code uuid} come from {@code ids} when it has one. */
    JsonNode valid(JsonNode schemaOrRef, List<String> ids, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives)) {
                for (JsonNode alternative : schema.get(alternatives)) {
                    if (!"null".equals(resolve(alternative).path("type").asString(""))) {
                        return valid(alternative, ids, depth);
                    }
                }
                return NODES.nullNode();
            }
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (type(schema)) {
            case "object" -> object(schema, ids, depth);
            case "array" -> array(schema, ids, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(integer(schema) + 0.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.stringNode(string(schema, ids));
        };
    }

    String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
            return "null";
        }
        return type.isMissingNode() ? schema.has("properties") ? "object" : "string" : type.asString();
    }

    private ObjectNode object(JsonNode schema, List<String> ids, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        schema.path("properties").properties().forEach(property -> {
            if (depth < 4 && (required.contains(property.getKey()) || random.nextInt(3) > 0)) {
                object.set(property.getKey(), plausible(property.getKey(), valid(property.getValue(), ids, depth + 1)));
            }
        });
        return object;
    }

    /** The document types addresses and numbers as plain strings; a request that is to get far needs real ones. */
    private JsonNode plausible(String property, JsonNode value) {
        if (!value.isString()) {
            return value;
        }
        return switch (property) {
            case "email" -> NODES.stringNode("fuzz" + random.nextInt(1_000_000) + "@example.com");
            case "number" -> NODES.stringNode("+44207946" + String.format("%04d", random.nextInt(10_000)));
            default -> value;
        };
    }

    private ArrayNode array(JsonNode schema, List<String> ids, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int count = min + random.nextInt(3);
        if (schema.has("maxItems")) {
            count = Math.min(count, schema.get("maxItems").asInt());
        }
        for (int i = 0; i < count && depth < 4; i++) {
            array.add(valid(schema.path("items"), ids, depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 100);
        return min + (long) (random.nextDouble() * (max - min));
    }

    private String string(JsonNode schema, List<String> ids) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "uuid" -> ids.isEmpty() || random.nextInt(4) == 0 ? UUID.randomUUID().toString() : ids.get(random.nextInt(ids.size()));
            case "date-time" -> Instant.now().plusSeconds(86_400L * random.nextInt(400)).toString();
            case "date" -> "2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "email" -> "fuzz" + random.nextInt(1_000_000) + "@example.com";
            default -> {
                int min = Math.max(1, schema.path("minLength").asInt(1));
                int max = Math.max(min, Math.min(schema.path("maxLength").asInt(20), 20));
                StringBuilder text = new StringBuilder();
                int length = min + random.nextInt(max - min + 1);
                for (int i = 0; i < length; i++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                yield text.toString();
            }
        };
    }
}
