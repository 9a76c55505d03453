package dev.waypoint.preview.basics;

import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.rest.RestModule;
import java.util.List;

/**
 * The preview's own module: the home page, placeholders for the app's surfaces that are not wired yet, and
 * {@code GET /rest/preview/1.0/whoami}. When the app's project page or issue view is wired, remove its placeholder
 * route here (the router refuses two pages for one path).
 */
public final class BasicsModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        PlaceholderPages placeholders = new PlaceholderPages(platform.directory());
        return new PreviewContribution(
                List.of(new RestModule("preview", "1.0", List.of(new WhoAmIResource(platform.session())))),
                List.of(
                        new PageRoute("/", new HomePage(platform.directory())),
                        new PageRoute("/projects/{projectKey}/waypoint", placeholders::projectPage),
                        new PageRoute("/browse/{issueKey}", placeholders::issueView)));
    }
}
