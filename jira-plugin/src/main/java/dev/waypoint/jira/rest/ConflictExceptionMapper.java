package dev.waypoint.jira.rest;

import dev.waypoint.shared.ConflictException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * A stale version or a broken uniqueness rule: 409, with the message translated and filled with the exception's
 * arguments. A translation that needs more arguments than the exception has is not used: the English text is answered
 * rather than a text with {@code {0}} in it.
 */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private final Translator translator;

    @Inject
    public ConflictExceptionMapper(Translator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(ConflictException exception) {
        String english = exception.getMessage();
        String text = translator.translate(exception.messageKey(), exception.args(), english);
        return Response.status(409)
                .type(ErrorResponses.JSON)
                .entity(ErrorBody.message(PLACEHOLDER.matcher(text).find() ? english : text))
                .build();
    }
}
