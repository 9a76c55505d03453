package dev.waypoint.preview.support;

import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.rest.RestModule;
import java.util.List;

/**
 * A module for the preview's own tests, registered the way the app's wiring will be: a page that fails, a page that
 * echoes a query parameter through a template with web resources, and a REST module.
 */
public final class TestModule implements PreviewModule {

    public static final String FAILING_PAGE = "/test/fail";
    public static final String ECHO_PAGE = "/test/echo";

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        return new PreviewContribution(
                List.of(new RestModule("test", "1.0", List.of(new TestResource()))),
                List.of(
                        new PageRoute(FAILING_PAGE, request -> {
                            throw new IllegalStateException("deliberate failure with secret-detail");
                        }),
                        new PageRoute(ECHO_PAGE, request -> PageView.of("waypoint.preview.home.title",
                                        "templates/test/echo.vm",
                                        new EchoModel(request.queryParameter("value").orElse("")))
                                .withWebResources("test-page"))));
    }
}
