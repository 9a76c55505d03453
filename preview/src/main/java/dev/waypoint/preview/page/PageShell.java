package dev.waypoint.preview.page;

import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.webresource.WebResources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Stands in for Jira's decorator: renders {@value #TEMPLATE} (header with the user switcher, the sample-data banner,
 * AUI, the page's web resources) which {@code #parse}s the page's own template into its body. Both see the page's
 * context, {@code $i18n} and {@code $shell}.
 */
public final class PageShell {

    public static final String TEMPLATE = "templates/preview/shell.vm";

    /** AUI's flat pack from npm, then the preview's own look. */
    static final List<String> STYLESHEETS = List.of("/aui/aui-prototyping.css", "/preview/static/preview.css");

    /**
     * jQuery and AUI first (they set {@code jQuery} and {@code AJS} while no AMD loader is present), then almond
     * ({@code define}/{@code require}, as on Jira's pages) and the AMD names Jira defines that the app uses.
     */
    static final List<String> SCRIPTS = List.of("/aui/jquery/jquery.min.js", "/aui/aui-prototyping.js",
            "/aui/almond/almond.js", "/preview/static/amd-shims.js");

    private final VelocityTemplates templates;
    private final PreviewI18n i18n;
    private final PreviewDirectory directory;
    private final WebResources webResources;

    public PageShell(VelocityTemplates templates, PreviewI18n i18n, PreviewDirectory directory,
            WebResources webResources) {
        this.templates = Objects.requireNonNull(templates, "'templates' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.webResources = Objects.requireNonNull(webResources, "'webResources' must not be null");
    }

    /** The whole HTML page of {@code view} for {@code user}; {@code returnTo} is the page's own path and query. */
    public String render(PageView view, PreviewUser user, String returnTo) {
        String title = i18n.getText(view.titleKey(), view.titleArguments().toArray());
        ShellModel shell = ShellModel.of(title, view.template(), user, directory,
                concat(STYLESHEETS, webResources.urls(view.webResources(), ".css")),
                concat(SCRIPTS, webResources.urls(view.webResources(), ".js")),
                returnTo);
        Map<String, Object> context = new HashMap<>(view.context());
        context.put("i18n", i18n);
        context.put("shell", shell);
        return templates.render(TEMPLATE, context);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
