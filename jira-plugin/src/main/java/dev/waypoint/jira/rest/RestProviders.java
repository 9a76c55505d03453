package dev.waypoint.jira.rest;

import java.util.List;

/**
 * Every JAX-RS provider of Waypoint's REST API: the exception mappers of the error model and the JSON configuration.
 * In Jira the REST module finds them by scanning this package ({@code @Provider}); the preview and the tests' in-memory
 * runtime register this list instead, so the three run the same error model.
 */
public final class RestProviders {

    /** The path under which Jira serves the REST module ({@code <rest path="/waypoint" version="1.0">}). */
    public static final String BASE_PATH = "/rest/waypoint/1.0";

    private RestProviders() {
    }

    public static List<Object> all(Translator translator) {
        return List.of(
                new ObjectMapperResolver(),
                new JsonBodyInterceptor(),
                new InvalidInputExceptionMapper(translator),
                new NotFoundExceptionMapper(translator),
                new ConflictExceptionMapper(translator),
                new AccessDeniedExceptionMapper(translator),
                new WebApplicationExceptionMapper(translator),
                new JsonParseExceptionMapper(translator),
                new JsonMappingExceptionMapper(translator),
                new JsonProcessingExceptionMapper(translator),
                new UnexpectedExceptionMapper(translator));
    }
}
