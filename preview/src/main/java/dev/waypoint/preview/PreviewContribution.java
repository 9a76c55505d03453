package dev.waypoint.preview;

import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.rest.RestModule;
import java.util.List;

/** What a {@link PreviewModule} adds to the preview: REST modules and pages. */
public record PreviewContribution(List<RestModule> restModules, List<PageRoute> pages) {

    public PreviewContribution {
        restModules = List.copyOf(restModules);
        pages = List.copyOf(pages);
    }
}
