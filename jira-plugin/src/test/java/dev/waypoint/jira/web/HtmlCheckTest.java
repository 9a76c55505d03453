package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The template tests rely on HtmlCheck: it must find what it looks for, and only that. */
class HtmlCheckTest {

    @Test
    void givenScriptHandlersAndJavascriptUrls_checking_reportsEach() {
        assertThat(HtmlCheck.problems("<div><script>x</script><img src=x onerror=alert(1)>"
                + "<a href=\" javascript:alert(1)\">x</a><p ONCLICK='y'></p></div>"))
                .containsExactly("element <script>", "inline handler onerror on <img>",
                        "javascript: URL in href of <a>", "inline handler onclick on <p>");
    }

    @Test
    void givenEscapedPayloadsInTextAndAttributes_checking_findsNothing() {
        assertThat(HtmlCheck.problems("<p title=\"&quot; onerror=alert(1) x=&quot;\">&lt;img src=x onerror=alert(1)&gt;"
                + " onclick=alert(2) javascript:alert(3)</p><button data-on=\"x\" type=\"button\">on</button>"))
                .isEmpty();
    }
}
