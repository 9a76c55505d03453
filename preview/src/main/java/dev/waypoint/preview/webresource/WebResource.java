package dev.waypoint.preview.webresource;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <web-resource>} module of the app's descriptor: its key, the complete keys it depends on, its download
 * resources, whether its JavaScript goes through Jira's {@code jsI18n} transformer, and the web-resource contexts it
 * joins (e.g. {@code atl.dashboard}, which Jira loads on every dashboard).
 */
public record WebResource(String key, List<String> dependencies, List<Download> downloads, boolean jsI18n,
        List<String> contexts) {

    /** A {@code <resource type="download" name=… location=…>}: the file name in the URL, its classpath location. */
    public record Download(String name, String location) {

        public Download {
            Objects.requireNonNull(name, "'name' must not be null");
            Objects.requireNonNull(location, "'location' must not be null");
        }
    }

    public WebResource {
        Objects.requireNonNull(key, "'key' must not be null");
        dependencies = List.copyOf(dependencies);
        downloads = List.copyOf(downloads);
        contexts = List.copyOf(contexts);
    }

    /** A module in no context. */
    public WebResource(String key, List<String> dependencies, List<Download> downloads, boolean jsI18n) {
        this(key, dependencies, downloads, jsI18n, List.of());
    }
}
