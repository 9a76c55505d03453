package dev.waypoint.preview.page;

/**
 * A page of the preview: builds the view (template + immutable view model) for a request; the page shell renders it
 * inside Jira-like chrome. Throw {@link PageNotFoundException} for an unknown subject (404 page); any other exception
 * becomes the 500 page with a correlation id.
 */
@FunctionalInterface
public interface Page {

    PageView render(PageRequest request);
}
