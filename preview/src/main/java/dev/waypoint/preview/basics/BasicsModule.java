package dev.waypoint.preview.basics;

import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.rest.RestModule;
import java.util.List;

/**
 * The preview's own module: the home page and {@code GET /rest/preview/1.0/whoami}. The app's project page and issue
 * view, which the home page links to, come from {@code dev.waypoint.preview.pages.WaypointPagesModule}.
 */
public final class BasicsModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        return new PreviewContribution(
                List.of(new RestModule("preview", "1.0", List.of(new WhoAmIResource(platform.session())))),
                List.of(new PageRoute("/", new HomePage(platform.directory()))));
    }
}
