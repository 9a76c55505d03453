package dev.waypoint.jira.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns Jackson's complaints about a request body into field errors named by their JSON path ({@code "title"},
 * {@code "keyResults[2].target"}, or {@code "body"} for the body as a whole), with Waypoint's own messages: Jackson's
 * texts name Java classes and never reach a user. Exceptions about our own classes (a DTO Jackson cannot bind, a
 * response it cannot write) are faults, not bad input: {@link #fieldErrors} answers empty for them.
 */
final class JsonErrors {

    /** The field name of problems about the body as a whole. */
    static final String BODY = "body";

    private static final Set<Class<?>> INTEGRAL = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);

    private JsonErrors() {
    }

    /** The field errors of a body Jackson could not read; empty when the exception is a fault of the server. */
    static Optional<List<FieldError>> fieldErrors(JsonProcessingException exception) {
        if (exception instanceof InvalidDefinitionException || exception instanceof StreamWriteException) {
            return Optional.empty();
        }
        if (exception instanceof JsonMappingException mapping) {
            return Optional.of(mapping(mapping));
        }
        if (exception instanceof StreamConstraintsException) {
            return Optional.of(List.of(RestMessages.error(BODY, RestMessages.JSON_TOO_LARGE)));
        }
        String field = parserPath(exception.getProcessor());
        if (exception instanceof InputCoercionException) {
            return Optional.of(List.of(RestMessages.error(field, RestMessages.NUMBER_OUT_OF_RANGE)));
        }
        if (exception instanceof StreamReadException read) {
            String original = read.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field")) {
                return Optional.of(List.of(RestMessages.error(field, RestMessages.JSON_DUPLICATE)));
            }
            return Optional.of(List.of(malformed(field, read)));
        }
        return Optional.of(List.of(RestMessages.error(field, RestMessages.JSON_INVALID_VALUE)));
    }

    private static List<FieldError> mapping(JsonMappingException exception) {
        String path = path(exception.getPath());
        String field = path.isEmpty() ? BODY : path;
        if (exception instanceof ValueInstantiationException && exception.getCause() instanceof InvalidInputException
                invalid) {
            return invalid.errors().stream()
                    .map(e -> new FieldError(path.isEmpty() ? e.field() : path + "." + e.field(), e.messageKey(),
                            e.args(), e.message()))
                    .toList();
        }
        if (exception instanceof PropertyBindingException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return List.of(RestMessages.error(field, RestMessages.JSON_UNKNOWN_PROPERTY, unknown.getPropertyName(),
                    known));
        }
        if (exception instanceof InvalidFormatException format) {
            return List.of(invalidFormat(field, format));
        }
        if (exception instanceof MismatchedInputException mismatch) {
            if (mismatch.getProcessor() instanceof JsonParser parser && parser.currentToken() == JsonToken.VALUE_NULL) {
                return List.of(RestMessages.error(field, RestMessages.REQUIRED));
            }
            String original = mismatch.getOriginalMessage() == null ? "" : mismatch.getOriginalMessage();
            if (path.isEmpty() && original.startsWith("No content to map")) {
                return List.of(RestMessages.error(BODY, RestMessages.BODY_REQUIRED));
            }
            if (original.startsWith("Trailing token")) {
                return List.of(malformed(BODY, mismatch));
            }
            return List.of(expected(field, mismatch.getTargetType()));
        }
        return List.of(RestMessages.error(field, RestMessages.JSON_INVALID_VALUE));
    }

    private static FieldError malformed(String field, JsonProcessingException exception) {
        long line = exception.getLocation() == null ? 0 : exception.getLocation().getLineNr();
        long column = exception.getLocation() == null ? 0 : exception.getLocation().getColumnNr();
        return RestMessages.error(field, RestMessages.JSON_MALFORMED, line, column);
    }

    private static FieldError invalidFormat(String field, InvalidFormatException exception) {
        Class<?> type = exception.getTargetType();
        Object value = exception.getValue();
        if (type != null && type.isEnum()) {
            return RestMessages.error(field, RestMessages.ENUM_INVALID, enumValues(type), value);
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return RestMessages.error(field, RestMessages.DATE_INVALID, value);
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return RestMessages.error(field, RestMessages.NUMBER_NOT_FINITE);
        }
        if (type != null && isNumber(type)) {
            return RestMessages.error(field, RestMessages.NUMBER_INVALID, value);
        }
        return RestMessages.error(field, RestMessages.JSON_INVALID_VALUE);
    }

    private static FieldError expected(String field, Class<?> type) {
        if (type == null) {
            return RestMessages.error(field, RestMessages.JSON_INVALID_VALUE);
        }
        if (type.isEnum()) {
            return RestMessages.error(field, RestMessages.EXPECTED_ENUM, enumValues(type));
        }
        if (INTEGRAL.contains(type)) {
            return RestMessages.error(field, RestMessages.EXPECTED_INTEGER);
        }
        if (isNumber(type)) {
            return RestMessages.error(field, RestMessages.EXPECTED_NUMBER);
        }
        if (type == boolean.class || type == Boolean.class) {
            return RestMessages.error(field, RestMessages.EXPECTED_BOOLEAN);
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return RestMessages.error(field, RestMessages.EXPECTED_TEXT);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return RestMessages.error(field, RestMessages.EXPECTED_DATE);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return RestMessages.error(field, RestMessages.EXPECTED_LIST);
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return RestMessages.error(field, RestMessages.EXPECTED_OBJECT);
        }
        return RestMessages.error(field, RestMessages.JSON_INVALID_VALUE);
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || INTEGRAL.contains(type) || type == BigDecimal.class;
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** {@code keyResults[2].target} from Jackson's reference chain; empty for the root. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where a streaming parser stopped, as a path; {@value #BODY} at the root or when unknown. */
    private static String parserPath(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return BODY;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.addFirst("." + context.getCurrentName());
            } else if (context.inArray()) {
                segments.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", segments);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? BODY : path;
    }
}
