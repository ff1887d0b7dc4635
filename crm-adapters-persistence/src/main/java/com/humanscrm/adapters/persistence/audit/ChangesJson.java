package com.humanscrm.adapters.persistence.audit;

import com.humanscrm.domain.audit.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's changes as the JSON object {@code {field: {"old": value, "new": value}}}. Values
 * come back as plain JSON values: strings, numbers, booleans, lists, maps and nulls. jsonb keeps no
 * key order, so fields come back in jsonb's order rather than the order they were written in.
 */
final class ChangesJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, Object>>> SHAPE = new TypeReference<>() {
    };
    private static final String OLD = "old";
    private static final String NEW = "new";

    private ChangesJson() {
    }

    static JSONB write(Map<String, FieldChange> changes) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            // Not Map.of: either value may be null.
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(OLD, change.oldValue());
            values.put(NEW, change.newValue());
            json.put(field, values);
        });
        return JSONB.valueOf(MAPPER.writeValueAsString(json));
    }

    static Map<String, FieldChange> read(JSONB json) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        MAPPER.readValue(json.data(), SHAPE)
                .forEach((field, values) -> changes.put(field, new FieldChange(values.get(OLD), values.get(NEW))));
        return changes;
    }
}
