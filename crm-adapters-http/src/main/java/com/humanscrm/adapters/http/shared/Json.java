package com.humanscrm.adapters.http.shared;

import com.humanscrm.domain.shared.Checks;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The one JSON mapper of the API. Strict on the way in, so that a typo or a wrong type is reported
 * instead of silently ignored or converted: unknown fields, duplicate keys, trailing garbage and
 * scalar coercions ({@code "true"} for a boolean, {@code 12} for a string) all fail.
 */
public final class Json {

    /** Immutable and thread-safe, so shared: Javalin writes responses with it and {@link Bodies} reads requests. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // PATCH tri-state: an absent field is null (unchanged), JSON null an empty Optional (cleared).
            .enable(DeserializationFeature.USE_NULL_FOR_MISSING_REFERENCE_VALUES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(coercion -> coercion
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // Except a whole number for a decimal (a weight of 8 kg): it is one already, nothing is converted.
            .withCoercionConfig(LogicalType.Float, coercion -> coercion
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Reads and writes record components through generated lambdas instead of reflection, which was a
            // third of the JSON writing in the detail read's profile (docs/performance.md).
            .addModule(new BlackbirdModule())
            .addModule(new SimpleModule("strict-scalars")
                    .addDeserializer(Instant.class, new IsoInstants())
                    .addDeserializer(Boolean.class, new StrictBooleans(Boolean.class))
                    .addDeserializer(boolean.class, new StrictBooleans(boolean.class))
                    .addDeserializer(String.class, new StorableStrings()))
            .build();

    private Json() {
    }

    /** Text the domain could not store (a NUL, half a surrogate pair) is refused where it is read, under its field's name. */
    private static final class StorableStrings extends StdScalarDeserializer<String> {

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            return Checks.isStorableText(text) ? text
                    : (String) context.handleWeirdStringValue(String.class, text, Checks.UNSTORABLE_TEXT);
        }
    }

    /**
     * {@code true} and {@code false} only: Jackson's own reader trims strings before it refuses them, so
     * {@code " "}, {@code "\t"} and {@code "\u0000"} would pass as a missing value.
     */
    private static final class StrictBooleans extends StdScalarDeserializer<Boolean> {

        StrictBooleans(Class<?> type) {
            super(type);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            return switch (parser.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> (Boolean) context.handleUnexpectedToken(handledType(), parser);
            };
        }
    }

    /** Jackson's own reader also takes epoch numbers; the API promises ISO-8601 strings only. */
    private static final class IsoInstants extends StdScalarDeserializer<Instant> {

        IsoInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp");
            }
        }
    }
}
