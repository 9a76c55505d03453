package dev.waypoint.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.shared.MessageCatalog;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OkrMessageCatalogsTest {

    @Test
    void givenEveryCatalog_keys_areUniqueAndNamespacedByFeature() {
        int total = OkrMessageCatalogs.ALL.stream().mapToInt(c -> c.keys().size()).sum();

        assertThat(OkrMessageCatalogs.patterns()).hasSize(total);
        assertThat(OkrMessageCatalogs.patterns().keySet())
                .allMatch(key -> key.matches("waypoint\\.(cycle|objective|keyresult|checkin|initiative|scoring|app|text)"
                        + "\\.[a-zA-Z]+(\\.[a-zA-Z]+)*"));
    }

    @Test
    void givenEveryPattern_format_producesEnglishWithEveryArgumentAndNoLeftoverPlaceholders() {
        for (MessageCatalog catalog : OkrMessageCatalogs.ALL) {
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
}
