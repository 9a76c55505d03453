package dev.waypoint.preview.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsI18nTransformerTest {

    final JsI18nTransformer transformer = new JsI18nTransformer(new PreviewI18n(Map.of(
            "waypoint.title", "It''s \"{0}\" </script>",
            "waypoint.plain", "Plain"), PreviewI18n.MissingKeys.SHOW_KEY));

    @Test
    void givenLiteralKeys_transform_inlinesTexts() {
        String js = transformer.transform(
                "a = AJS.I18n.getText('waypoint.plain'); b = I18n.getText(\"waypoint.plain\");");

        assertThat(js).isEqualTo("a = \"Plain\"; b = \"Plain\";");
    }

    @Test
    void givenArguments_transform_formatsWithAjsFormat() {
        String js = transformer.transform("x = AJS.I18n.getText(\"waypoint.title\", name);");

        assertThat(js).isEqualTo("x = AJS.format(\"It''s \\\"{0}\\\" </script>\", name);");
    }

    @Test
    void givenComputedKeyOrOtherObject_transform_leavesItAlone() {
        String js = "AJS.I18n.getText(key); MyI18n.getText('waypoint.plain'); foo.I18n.getText('waypoint.plain')";

        assertThat(transformer.transform(js)).isEqualTo(js);
    }
}
