package dev.waypoint.preview.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRouterTest {

    static final Page PAGE = request -> PageView.of("k", "t.vm", "model");

    @Test
    void givenTemplates_route_matchesSegmentsAndLiterals() {
        PageRouter router = new PageRouter(List.of(
                new PageRoute("/", PAGE),
                new PageRoute("/projects/{projectKey}/waypoint", PAGE),
                new PageRoute("/a.b/{x}", PAGE)));

        assertThat(router.route("/")).isPresent();
        assertThat(router.route("/projects/SUP/waypoint")).get()
                .extracting(PageRouter.Match::parameters).isEqualTo(Map.of("projectKey", "SUP"));
        assertThat(router.route("/projects/SUP/waypoint/extra")).isEmpty();
        assertThat(router.route("/projects//waypoint")).isEmpty();
        assertThat(router.route("/aXb/1")).as("the dot is literal").isEmpty();
        assertThat(router.route("/nothing")).isEmpty();
    }

    @Test
    void givenTwoPagesForOneTemplate_router_refuses() {
        assertThatThrownBy(() -> new PageRouter(List.of(new PageRoute("/x", PAGE), new PageRoute("/x", PAGE))))
                .hasMessageContaining("two pages for /x");
    }

    @Test
    void givenReservedContextName_pageView_refuses() {
        assertThatThrownBy(() -> new PageView("k", List.of(), "t.vm", Map.of("i18n", "x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
