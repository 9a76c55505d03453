package dev.waypoint.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.testdata.KpiMessageCatalogs;
import dev.waypoint.refresh.RefreshMessages;
import dev.waypoint.shared.MessageCatalog;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The KPI, refresh and insight message catalogs. */
class KpiMessagesTest {

    @Test
    void givenEveryCatalog_keys_areUniqueAndNamespacedByFeature() {
        int total = KpiMessageCatalogs.ALL.stream().mapToInt(c -> c.keys().size()).sum();

        assertThat(KpiMessageCatalogs.patterns()).hasSize(total);
        assertThat(KpiMessageCatalogs.patterns().keySet())
                .allMatch(key -> key.matches("waypoint\\.(kpi|refresh|insight)\\.[a-zA-Z]+(\\.[a-zA-Z]+)*"));
    }

    @Test
    void givenEveryPattern_format_producesEnglishWithEveryArgumentAndNoLeftoverPlaceholders() {
        for (MessageCatalog catalog : KpiMessageCatalogs.ALL) {
            catalog.patterns().forEach((key, pattern) -> {
                String message = catalog.format(key, "A0", "A1", "A2", "A3");
                int arguments = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
                assertThat(message).as(key).doesNotContain("{").isNotBlank();
                for (int i = 0; i < arguments; i++) {
                    assertThat(message).as(key).contains("A" + i);
                }
            });
        }
    }

    @Test
    void givenEveryErrorCode_refreshCatalog_hasItsMessageTakingTheDetail() {
        assertThat(RefreshMessages.CATALOG.keys()).containsAll(
                Arrays.stream(KpiErrorCode.values()).map(KpiErrorCode::messageKey).toList());
        assertThat(RefreshMessages.CATALOG.format(KpiErrorCode.SEARCH_FAILED.messageKey(), "Field 'x' does not exist"))
                .isEqualTo("Jira could not run the query: Field 'x' does not exist");
        assertThat(RefreshMessages.CATALOG.format(KpiErrorCode.AGENTS_UNKNOWN.messageKey(), "group support"))
                .isEqualTo("The agents' group support no longer exists");
    }
}
