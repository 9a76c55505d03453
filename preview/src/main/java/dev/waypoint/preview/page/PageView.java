package dev.waypoint.preview.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a page renders into the shell's body: the page title (i18n key and arguments), a classpath Velocity template,
 * the template's context (by convention one immutable view-model record under {@code model}; a Jira context
 * provider's map works as it is) and the app's web resources the page requires (module keys of the descriptor's
 * {@code <web-resource>}s, as a page would {@code requireResource} them in Jira).
 *
 * <p>A <b>decorated</b> page ({@link #decorated}) stands in for a Jira page that its decorator frames: the app's
 * template is a whole HTML page (as a webwork action's view is); the shell renders it with the context, keeps what is
 * between {@code <body>} and {@code </body>} (as SiteMesh does) and puts it where {@code template}, the preview's
 * frame, has {@value #BODY_MARKER}.
 *
 * @param decoratedTemplate the app's whole-page template, or {@code null} for an ordinary page
 */
public record PageView(String titleKey, List<String> titleArguments, String template, Map<String, Object> context,
        List<String> webResources, String decoratedTemplate) {

    /** Where a frame template takes the body of a decorated page. */
    public static final String BODY_MARKER = "<!-- waypoint-preview-decorated-body -->";

    /** Names the shell puts into every template's context. */
    public static final Set<String> RESERVED = Set.of("i18n", "shell");

    public PageView {
        Objects.requireNonNull(titleKey, "'titleKey' must not be null");
        titleArguments = List.copyOf(titleArguments);
        Objects.requireNonNull(template, "'template' must not be null");
        context = Map.copyOf(context);
        webResources = List.copyOf(webResources);
        for (String name : context.keySet()) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is set by the page shell; use another name");
            }
        }
    }

    /** An ordinary page. */
    public PageView(String titleKey, List<String> titleArguments, String template, Map<String, Object> context,
            List<String> webResources) {
        this(titleKey, titleArguments, template, context, webResources, null);
    }

    /**
     * A decorated page: the app's whole-page {@code pageTemplate} inside the preview's {@code frameTemplate}; both see
     * {@code context}.
     */
    public static PageView decorated(String titleKey, String frameTemplate, String pageTemplate,
            Map<String, Object> context, List<String> webResources) {
        return new PageView(titleKey, List.of(), frameTemplate, context, webResources,
                Objects.requireNonNull(pageTemplate, "'pageTemplate' must not be null"));
    }

    /** A page whose template sees {@code model} as {@code $model}. */
    public static PageView of(String titleKey, String template, Object model) {
        return new PageView(titleKey, List.of(), template, Map.of("model", model), List.of());
    }

    public PageView withTitleArguments(String... arguments) {
        return new PageView(titleKey, List.of(arguments), template, context, webResources, decoratedTemplate);
    }

    public PageView withWebResources(String... keys) {
        return new PageView(titleKey, titleArguments, template, context, List.of(keys), decoratedTemplate);
    }
}
