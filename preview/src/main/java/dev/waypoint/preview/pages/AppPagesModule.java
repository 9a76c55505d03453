package dev.waypoint.preview.pages;

import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.sample.SampleWorld;
import java.util.List;

/**
 * Registers the app's own pages (the admin page and the company page, {@link AppPages}) and the part of Jira's REST
 * API they call besides the app's ({@link GroupPickerResource} at {@code /rest/api/2/groups/picker}).
 */
public final class AppPagesModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SampleWorld world = SampleWorld.create(platform.clock(), platform.directory());
        return new PreviewContribution(
                List.of(new RestModule("api", "2", List.of(new GroupPickerResource(world.people().groups())))),
                new AppPages().routes());
    }
}
