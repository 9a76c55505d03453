package dev.waypoint.preview;

/**
 * The registration hook of the preview: a module builds its objects from the {@link PreviewPlatform} (constructor
 * injection, as Spring does in Jira) and returns the REST modules and pages they make up. It may load sample data
 * when {@link PreviewPlatform#newDataFolder()}. {@link PreviewModules#standard()} lists the modules the preview runs.
 */
@FunctionalInterface
public interface PreviewModule {

    PreviewContribution contribute(PreviewPlatform platform);
}
