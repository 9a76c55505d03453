package dev.waypoint.preview.wiring;

import dev.waypoint.jira.rest.Translator;
import dev.waypoint.preview.i18n.PreviewI18n;
import java.util.List;
import java.util.Objects;

/**
 * The REST API's {@link Translator} on the preview's bundles (the app's {@code waypoint.properties} among them), as
 * {@code JiraI18n} is in Jira: a key the bundles lack answers the English text, never the key.
 */
public final class PreviewTranslator implements Translator {

    private final PreviewI18n i18n;

    public PreviewTranslator(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    @Override
    public String translate(String key, List<?> args, String english) {
        return i18n.isKeyDefined(key) ? i18n.getText(key, (Object) args.toArray()) : english;
    }
}
