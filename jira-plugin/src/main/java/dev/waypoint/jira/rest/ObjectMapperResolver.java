package dev.waypoint.jira.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands {@link WaypointJson}'s mapper to the runtime's Jackson JSON provider, which asks for a
 * {@code ContextResolver<ObjectMapper>} before it reads or writes a body.
 */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return WaypointJson.objectMapper();
    }
}
