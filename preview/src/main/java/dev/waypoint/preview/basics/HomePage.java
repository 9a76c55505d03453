package dev.waypoint.preview.basics;

import dev.waypoint.preview.page.Page;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import java.util.Objects;

/** {@code /}: what the preview shows, with links to each sample project's surfaces. */
public final class HomePage implements Page {

    public static final String TEMPLATE = "templates/preview/home.vm";

    private final PreviewDirectory directory;

    public HomePage(PreviewDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
    }

    @Override
    public PageView render(PageRequest request) {
        return PageView.of("waypoint.preview.home.title", TEMPLATE, HomeModel.of(directory));
    }
}
