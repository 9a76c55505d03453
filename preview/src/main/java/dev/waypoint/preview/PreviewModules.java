package dev.waypoint.preview;

import dev.waypoint.preview.basics.BasicsModule;
import java.util.List;

/** The modules {@code PreviewServer.main} and the browser tests run. Add the app's wiring module here. */
public final class PreviewModules {

    private PreviewModules() {
    }

    public static List<PreviewModule> standard() {
        return List.of(new BasicsModule());
    }
}
