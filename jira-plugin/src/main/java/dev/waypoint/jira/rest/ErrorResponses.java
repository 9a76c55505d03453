package dev.waypoint.jira.rest;

import dev.waypoint.shared.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the error answers of the REST API ({@link ErrorBody}), translating every message for the current user. The
 * exception mappers of this package answer through it; a resource never builds an error answer itself, it throws.
 */
public final class ErrorResponses {

    /** JSON in UTF-8: the type of every error answer, whatever the request accepted. */
    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    /** Response header of 5xx answers: the id under which the fault was logged (also in the body). */
    public static final String CORRELATION_HEADER = "X-Waypoint-Correlation-Id";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final Translator translator;

    public ErrorResponses(Translator translator) {
        this.translator = Objects.requireNonNull(translator, "'translator' must not be null");
    }

    /** An answer listing field errors, each translated (400 for bad input). */
    public Response fieldErrors(int status, List<FieldError> errors) {
        List<ErrorItem> items = errors.stream()
                .map(error -> new ErrorItem(error.field(), translator.translate(error)))
                .toList();
        return build(status, ErrorBody.of(items));
    }

    /** An answer with one general message of {@link RestMessages#CATALOG}. */
    public Response message(int status, String key, Object... args) {
        FieldError english = RestMessages.error("", key, args);
        return build(status, ErrorBody.message(translator.translate(english)));
    }

    /** An answer with one general message of any catalog: its key, arguments and English text. */
    public Response catalogMessage(int status, String key, List<?> args, String english) {
        return build(status, ErrorBody.message(translator.translate(key, args, english)));
    }

    /**
     * A real fault: logs it with its stack trace under a new correlation id and answers {@code status} (a 5xx) with
     * that id, never with the exception's message or stack trace.
     */
    public Response fault(int status, Throwable fault, String request) {
        String correlationId = newCorrelationId();
        LOG.error("Waypoint REST fault {} on {}", correlationId, request, fault);
        FieldError english = RestMessages.error("", RestMessages.INTERNAL, correlationId);
        return Response.status(status)
                .type(JSON)
                .header(CORRELATION_HEADER, correlationId)
                .entity(new ErrorBody(List.of(ErrorItem.general(translator.translate(english))), correlationId))
                .build();
    }

    private static Response build(int status, ErrorBody body) {
        return Response.status(status).type(JSON).entity(body).build();
    }

    /** 12 hex digits: short enough to read out over the phone, enough to find one line in a day's log. */
    static String newCorrelationId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
