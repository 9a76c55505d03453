package dev.waypoint.preview.pages;

import dev.waypoint.preview.page.PageShellAccess;

/** Test access to the page shell's body extraction. */
final class PageShellBodies {

    private PageShellBodies() {
    }

    static String body(String page) {
        return PageShellAccess.body(page);
    }
}
