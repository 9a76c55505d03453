package dev.waypoint.preview.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.velocity.exception.MethodInvocationException;
import org.junit.jupiter.api.Test;

/** Velocity 1.7 as Jira configures it: every reference is HTML-escaped. */
class VelocityTemplatesTest {

    static final String TEMPLATE = "templates/test/value.vm";

    @Test
    void givenScriptInValue_render_escapesItInTextAndAttributes() {
        String html = new VelocityTemplates(VelocityTemplates.Mode.LENIENT)
                .render(TEMPLATE, Map.of("value", "<script>alert(1)</script>\" onmouseover=\"x"));

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x\"")
                .doesNotContain("<script>", "\" onmouseover=\"");
    }

    @Test
    void givenValueFromMethod_render_escapesItToo() {
        String html = new VelocityTemplates(VelocityTemplates.Mode.LENIENT)
                .render(TEMPLATE, Map.of("value", new StringBuilder("<b>&</b>")));

        assertThat(html).contains("&lt;b&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void givenUnknownReference_lenient_printsItAsWritten() {
        String html = new VelocityTemplates(VelocityTemplates.Mode.LENIENT).render(TEMPLATE, Map.of());

        assertThat(html).contains("$value");
    }

    @Test
    void givenUnknownReference_strict_fails() {
        VelocityTemplates strict = new VelocityTemplates(VelocityTemplates.Mode.STRICT);

        assertThatThrownBy(() -> strict.render(TEMPLATE, Map.of()))
                .isInstanceOf(MethodInvocationException.class)
                .hasMessageContaining("$value");
    }

    @Test
    void givenTemplateName_exists_answersFromClasspath() {
        VelocityTemplates templates = new VelocityTemplates(VelocityTemplates.Mode.STRICT);

        assertThat(templates.exists(TEMPLATE)).isTrue();
        assertThat(templates.exists("templates/test/none.vm")).isFalse();
    }
}
