package dev.waypoint.preview.rest;

import dev.waypoint.preview.i18n.PreviewI18n;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Builds the Jersey application of a {@link RestModule}: Jackson JSON, the module's own components (resources, their
 * exception mappers), and the preview's fallbacks: bad JSON is a 400, anything unmapped a 500 with a correlation id,
 * never a stack trace.
 */
public final class RestApplications {

    /**
     * Jersey 3.1 warns, wrongly, that every resource registered as an <em>instance</em> "does not implement any
     * provider interfaces ... will be ignored"; the resource is served all the same. Only that logger is quietened.
     */
    private static final String FALSE_WARNING_LOGGER = "org.glassfish.jersey.internal.inject.Providers";

    private final PreviewI18n i18n;

    public RestApplications(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
        Logger.getLogger(FALSE_WARNING_LOGGER).setLevel(Level.SEVERE);
    }

    public ResourceConfig application(RestModule module) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("rest-" + module.path());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // Errors keep Jersey's status and our body instead of going through the servlet container's error page.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // Without Jackson's own mappers, which answer parser messages as text; BadJsonMapper answers instead.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new BadJsonMapper(i18n));
        config.register(new UnexpectedErrorMapper(i18n));
        module.components().forEach(config::register);
        return config;
    }
}
