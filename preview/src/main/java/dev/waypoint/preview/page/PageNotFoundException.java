package dev.waypoint.preview.page;

/** Thrown by a {@link Page} whose subject (project, issue, objective…) does not exist or is not visible: 404. */
public final class PageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFoundException(String message) {
        super(message, null, false, false);
    }
}
