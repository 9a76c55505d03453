package dev.waypoint.preview.page;

import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.webresource.WebItems;
import dev.waypoint.preview.webresource.WebResources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stands in for Jira's decorator: renders {@value #TEMPLATE} (header with the user switcher, the sample-data banner,
 * AUI, the page's web resources) which {@code #parse}s the page's own template into its body. Both see the page's
 * context, {@code $i18n} and {@code $shell}.
 */
public final class PageShell {

    public static final String TEMPLATE = "templates/preview/shell.vm";

    private static final Pattern BODY_OPEN = Pattern.compile("<body(\\s[^>]*)?>");

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
    private final WebItems webItems;

    public PageShell(VelocityTemplates templates, PreviewI18n i18n, PreviewDirectory directory,
            WebResources webResources) {
        this(templates, i18n, directory, webResources, new WebItems(List.of()));
    }

    /** With the app's web-items, which the header shows as Jira's navigation would. */
    public PageShell(VelocityTemplates templates, PreviewI18n i18n, PreviewDirectory directory,
            WebResources webResources, WebItems webItems) {
        this.templates = Objects.requireNonNull(templates, "'templates' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.webResources = Objects.requireNonNull(webResources, "'webResources' must not be null");
        this.webItems = Objects.requireNonNull(webItems, "'webItems' must not be null");
    }

    /** The whole HTML page of {@code view} for {@code user}; {@code returnTo} is the page's own path and query. */
    public String render(PageView view, PreviewUser user, String returnTo) {
        String title = i18n.getText(view.titleKey(), view.titleArguments().toArray());
        ShellModel shell = ShellModel.of(title, view.template(), user, directory,
                concat(STYLESHEETS, webResources.urls(view.webResources(), ".css")),
                concat(SCRIPTS, webResources.urls(view.webResources(), ".js")),
                returnTo).withNavigation(navigation(user));
        Map<String, Object> context = new HashMap<>(view.context());
        context.put("i18n", i18n);
        context.put("shell", shell);
        String html = templates.render(TEMPLATE, context);
        if (view.decoratedTemplate() == null) {
            return html;
        }
        String page = templates.render(view.decoratedTemplate(), context);
        return html.replace(PageView.BODY_MARKER, body(page, view.decoratedTemplate()));
    }

    /** What SiteMesh keeps of a whole page: everything between {@code <body ...>} and {@code </body>}. */
    static String body(String page, String template) {
        Matcher open = BODY_OPEN.matcher(page);
        int close = page.lastIndexOf("</body>");
        if (!open.find() || close < open.end()) {
            throw new IllegalStateException(template + " is not a whole HTML page with a <body>");
        }
        return page.substring(open.end(), close);
    }

    /** The header's links: Jira's top navigation items, and the administration link for Jira administrators. */
    private List<ShellModel.NavLink> navigation(PreviewUser user) {
        List<ShellModel.NavLink> links = new ArrayList<>();
        webItems.topNavigation().forEach(item -> links.add(new ShellModel.NavLink(item.key(),
                i18n.getText(item.labelKey()), item.link())));
        if (user.permissions().jiraAdmin() && !webItems.administration().isEmpty()) {
            WebItems.Item admin = webItems.administration().get(0);
            links.add(new ShellModel.NavLink(admin.key(), i18n.getText("waypoint.preview.nav.administration"),
                    admin.link()));
        }
        return links;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
