package com.humanscrm.adapters.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract as one document, put together from its parts: {@code openapi/openapi.yaml} holds what every
 * resource shares (conventions, security, the generic parameters, responses and schemas) and lists the
 * parts in {@code x-parts}, one file per resource with its tag, paths and own components. References in a
 * part point into the whole document ({@code #/components/...}), wherever the component is written.
 *
 * <p>Each {@code GET} also gets its {@code HEAD} operation here, as the server mirrors every GET route
 * ({@code HeadRequests}): answering as the GET would, without a body. A GET marked {@code x-without-head}
 * (the sign-in steps, where HEAD is refused) gets none. Written by hand, forty copies of each GET would
 * drift from their originals; derived, they cannot.
 */
public final class OpenApiDocument {

    private static final String ROOT = "/openapi/openapi.yaml";
    private static final String PARTS = "x-parts";
    private static final String WITHOUT_HEAD = "x-without-head";
    private static final String RESPONSE_REF = "#/components/responses/";
    private static final Set<String> PART_MEMBERS = Set.of("tags", "paths", "components");

    private static final YAMLMapper YAML = new YAMLMapper();

    private OpenApiDocument() {
    }

    /** The whole document. */
    public static ObjectNode assemble() {
        return assemble(ROOT);
    }

    /** The document of {@code root} and its parts, which sit beside it; a part that repeats a path, a tag or a component name is refused. */
    static ObjectNode assemble(String root) {
        ObjectNode document = (ObjectNode) read(root);
        JsonNode parts = document.remove(PARTS);
        if (parts == null || !parts.isArray() || parts.isEmpty()) {
            throw new IllegalStateException(root + " lists no parts in " + PARTS);
        }
        ArrayNode tags = document.putArray("tags");
        ObjectNode paths = document.putObject("paths");
        ObjectNode components = (ObjectNode) document.get("components");
        for (JsonNode name : parts) {
            String file = root.substring(0, root.lastIndexOf('/') + 1) + name.asString();
            JsonNode part = read(file);
            part.propertyNames().stream().filter(member -> !PART_MEMBERS.contains(member)).findFirst().ifPresent(member -> {
                throw new IllegalStateException(file + " has " + member + "; a part holds only " + PART_MEMBERS);
            });
            part.path("tags").forEach(tag -> {
                if (tags.valueStream().anyMatch(known -> known.path("name").equals(tag.path("name")))) {
                    throw new IllegalStateException(file + " repeats the tag " + tag.path("name"));
                }
                tags.add(tag);
            });
            addAll(paths, part.path("paths"), file + " repeats the path ");
            part.path("components").properties().forEach(section -> addAll(
                    components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey()) : components.putObject(section.getKey()),
                    section.getValue(), file + " repeats the " + section.getKey() + " component "));
        }
        paths.properties().forEach(path -> mirrorGet((ObjectNode) path.getValue(), components));
        return document;
    }

    /** Writes the whole document as JSON to the given file, for the build to generate clients from. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: OpenApiDocument <file to write>");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, assemble().toPrettyString(), StandardCharsets.UTF_8);
    }

    private static void addAll(ObjectNode into, JsonNode entries, String repeated) {
        entries.properties().forEach(entry -> {
            if (into.has(entry.getKey())) {
                throw new IllegalStateException(repeated + entry.getKey());
            }
            into.set(entry.getKey(), entry.getValue());
        });
    }

    private static void mirrorGet(ObjectNode pathItem, ObjectNode components) {
        if (!pathItem.has("get")) {
            return;
        }
        ObjectNode get = (ObjectNode) pathItem.get("get");
        if (get.remove(WITHOUT_HEAD) != null) {
            return;
        }
        ObjectNode head = get.deepCopy();
        head.put("operationId", get.path("operationId").asString() + "Head");
        head.put("summary", get.path("summary").asString() + ", headers only");
        head.put("description", "Answers exactly as the GET would (same authentication, status and headers), without a body.");
        ObjectNode responses = head.putObject("responses");
        get.path("responses").properties().forEach(response ->
                responses.set(response.getKey(), withoutBody(response.getValue(), components)));
        pathItem.set("head", head);
    }

    /**
     * A response as HEAD gets it. A shared response ({@code $ref}) with a body gets one shared bodiless twin,
     * {@code <name>WithoutBody}, so the document stays as small as it was written.
     */
    private static JsonNode withoutBody(JsonNode response, ObjectNode components) {
        String ref = response.path("$ref").asString("");
        if (ref.isEmpty()) {
            ObjectNode copy = ((ObjectNode) response).deepCopy();
            copy.remove("content");
            return copy;
        }
        String name = ref.substring(RESPONSE_REF.length());
        JsonNode shared = components.path("responses").get(name);
        if (shared == null) {
            throw new IllegalStateException("No response component " + name);
        }
        if (!shared.has("content")) {
            return response;
        }
        String twin = name + "WithoutBody";
        ObjectNode responses = (ObjectNode) components.get("responses");
        if (!responses.has(twin)) {
            ObjectNode copy = ((ObjectNode) shared).deepCopy();
            copy.remove("content");
            responses.set(twin, copy);
        }
        return YAML.createObjectNode().put("$ref", RESPONSE_REF + twin);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
