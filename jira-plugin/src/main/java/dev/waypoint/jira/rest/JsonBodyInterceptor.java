package dev.waypoint.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Turns Jackson's failures into Waypoint's error model where they happen, around reading and writing a body, instead
 * of leaving them to exception mappers: a runtime may register Jackson's own mappers for the exact Jackson types
 * (Jersey's {@code JacksonFeature} does), and those answer 400 in plain text with Jackson's message, which names Java
 * classes, even for faults of ours. So:
 * <ul>
 *   <li>a request body Jackson cannot read becomes {@link InvalidInputException} (400 naming the JSON path, see
 *       {@link JsonErrors});</li>
 *   <li>a request type Jackson cannot bind (a bug of ours) and an answer it cannot write become an
 *       {@link IllegalStateException}, which {@link UnexpectedExceptionMapper} answers with 500 and a correlation
 *       id.</li>
 * </ul>
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor, WriterInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            Optional<List<FieldError>> errors = JsonErrors.fieldErrors(e);
            if (errors.isPresent()) {
                throw new InvalidInputException(errors.get());
            }
            throw new IllegalStateException("Jackson cannot read a " + context.getType().getName()
                    + ": the request type does not fit Waypoint's JSON rules", e);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson cannot write a " + context.getType().getName(), e);
        }
    }
}
