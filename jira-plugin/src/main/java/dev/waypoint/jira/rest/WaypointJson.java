package dev.waypoint.jira.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The JSON rules of Waypoint's public REST API, in one {@link ObjectMapper}:
 * <ul>
 *   <li>strict input: an unknown property, a {@code null} for a primitive, an enum given by number or with spaces or
 *       control characters around its name (which Jackson would trim), a string where a number or boolean belongs and
 *       the reverse, a number or boolean where a text belongs, a fraction for a whole number, a duplicate key or
 *       anything after the JSON value is rejected (400 naming the property, see {@link JsonBodyInterceptor});</li>
 *   <li>finite numbers only: {@code NaN} and {@code Infinity} are not JSON, and a number too large for a double
 *       ({@code 1e999}) is refused rather than read as infinity; a non-finite double in an answer is written as
 *       {@code null};</li>
 *   <li>dates as ISO strings: {@link LocalDate} as {@code "2026-03-31"} (read strictly: {@code "2026-02-30"} is
 *       refused), {@link Instant} as {@code "2026-03-31T12:00:00Z"}.</li>
 * </ul>
 * Dates need no jackson-datatype-jsr310 here, so the app does not depend on what Jira bundles.
 */
public final class WaypointJson {

    private static final ObjectMapper SHARED = newObjectMapper();

    private WaypointJson() {
    }

    /** The shared, fully configured mapper (thread-safe once configured). */
    public static ObjectMapper objectMapper() {
        return SHARED;
    }

    /** A new mapper with Waypoint's rules, for callers that must not share one. */
    public static ObjectMapper newObjectMapper() {
        SimpleModule module = new SimpleModule("waypoint-json");
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addDeserializer(LocalDate.class, new IsoLocalDateDeserializer());
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addDeserializer(Instant.class, new IsoInstantDeserializer());
        module.addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class, null));
        module.addDeserializer(double.class, new FiniteDoubleDeserializer(double.class, 0d));
        module.addSerializer(Double.class, new FiniteDoubleSerializer(Double.class));
        module.addSerializer(double.class, new FiniteDoubleSerializer(double.class));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer);
            }
        });
        return JsonMapper.builder()
                .addModule(module)
                .withCoercionConfig(LogicalType.Textual, textual -> textual
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * An enum exactly as named: Jackson would trim {@code " BUILD\u0000"} to {@code BUILD}; Waypoint refuses it like
     * any other unknown value.
     */
    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        ExactEnumDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnumDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (!text.equals(text.trim()) || !text.equals(text.strip())) {
                    throw context.weirdStringException(text, handledType(), "not one of the values accepted");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** Reads a double and refuses what is not finite (e.g. {@code 1e999}, which the parser reads as infinity). */
    static final class FiniteDoubleDeserializer extends NumberDeserializers.DoubleDeserializer {

        private static final long serialVersionUID = 1L;

        FiniteDoubleDeserializer(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw context.weirdNumberException(value, handledType(), "not a finite number");
            }
            return value;
        }
    }

    /** Writes a double; a non-finite one (a bug upstream, JSON has no such number) as {@code null}. */
    static final class FiniteDoubleSerializer extends StdScalarSerializer<Double> {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        FiniteDoubleSerializer(Class<?> type) {
            super((Class) type, false);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                generator.writeNumber(value);
            } else {
                generator.writeNull();
            }
        }
    }

    /** {@code "2026-03-31"} only, resolved strictly; anything else is a 400 naming the property. */
    static final class IsoLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        IsoLocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, LocalDate.class, "not an ISO date (yyyy-MM-dd)");
            }
        }
    }

    /** {@code "2026-03-31T12:00:00Z"} (ISO-8601 instant) only. */
    static final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        IsoInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, Instant.class, "not an ISO instant");
            }
        }
    }
}
