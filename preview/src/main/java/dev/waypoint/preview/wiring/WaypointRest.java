package dev.waypoint.preview.wiring;

import dev.waypoint.jira.rest.RestProviders;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.jira.wiring.WaypointApp;
import dev.waypoint.preview.rest.RestModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app's REST module in the preview, {@code /rest/waypoint/1.0/}: every resource of the app, built by the
 * composition root ({@link WaypointApp}) exactly as Jira's wiring builds them, and the app's providers (exception
 * mappers, JSON), over the preview's storage and ports on the real clock.
 */
final class WaypointRest {

    /** The story-point field the sample's issues have, as the admin's default names it. */
    static final String STORY_POINT_FIELD = "Story Points";

    private WaypointRest() {
    }

    static RestModule module(WaypointApp app, Translator translator) {
        List<Object> components = new ArrayList<>(app.resources());
        components.addAll(RestProviders.all(translator));
        return new RestModule("waypoint", "1.0", components);
    }

    static CustomFieldLookup storyPointField() {
        return idOrName -> idOrName != null
                && idOrName.strip().toLowerCase(Locale.ROOT).equals(STORY_POINT_FIELD.toLowerCase(Locale.ROOT));
    }
}
