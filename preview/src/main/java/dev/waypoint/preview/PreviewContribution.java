package dev.waypoint.preview;

import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.rest.RestModule;
import java.util.List;

/** What a {@link PreviewModule} adds to the preview: REST modules, pages and background jobs. */
public record PreviewContribution(List<RestModule> restModules, List<PageRoute> pages, List<PreviewJob> jobs) {

    public PreviewContribution {
        restModules = List.copyOf(restModules);
        pages = List.copyOf(pages);
        jobs = List.copyOf(jobs);
    }

    /** REST modules and pages, no jobs. */
    public PreviewContribution(List<RestModule> restModules, List<PageRoute> pages) {
        this(restModules, pages, List.of());
    }
}
