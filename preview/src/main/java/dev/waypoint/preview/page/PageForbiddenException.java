package dev.waypoint.preview.page;

/**
 * Thrown by a {@link Page} whose user may not see it: the preview answers 403 with its stand-in for Jira's
 * permission-violation page (what Jira shows for a webwork action whose {@code roles-required} the user lacks).
 */
public final class PageForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageForbiddenException(String message) {
        super(message);
    }
}
