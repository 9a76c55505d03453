package dev.waypoint.preview.page;

/** Test access to {@link PageShell#body}, which is package-private. */
public final class PageShellAccess {

    private PageShellAccess() {
    }

    public static String body(String page) {
        return PageShell.body(page, "test.vm");
    }
}
