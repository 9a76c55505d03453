package dev.waypoint.preview.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's {@code jsI18n} web-resource transformer does, for the preview: every
 * {@code AJS.I18n.getText("key")} (also {@code I18n.getText} and {@code WRM.I18n.getText}) with a literal key is
 * replaced by the text as a JS string literal; with arguments, by {@code AJS.format("text", args...)}. Calls with a
 * computed key are left alone (in Jira they would not be translated either).
 */
public final class JsI18nTransformer {

    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w$.])(?:AJS\\.|WRM\\.)?I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*([,)])");

    private final PreviewI18n i18n;
    private final ObjectMapper json = new ObjectMapper();

    public JsI18nTransformer(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    public String transform(String javascript) {
        Matcher call = CALL.matcher(javascript);
        StringBuilder out = new StringBuilder(javascript.length());
        while (call.find()) {
            String key = call.group(2);
            String replacement = call.group(3).equals(")")
                    ? literal(i18n.getText(key))
                    : "AJS.format(" + literal(i18n.getUnescapedText(key)) + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    private String literal(String text) {
        try {
            // JSON strings are JS strings; </script> and U+2028/9 cannot occur unescaped in a .js file served alone.
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
