package dev.waypoint.preview.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <dashboard-item>} module of the app's descriptor, as Jira's dashboard knows it: its complete key, the AMD
 * module it is rendered by, whether it is configurable, and what the "Add gadget" directory shows of it (its
 * {@code <definition>}: title, categories, author, thumbnail; and its description).
 *
 * @param titleKey       i18n key of {@code <definition><title key>}
 * @param descriptionKey i18n key of {@code <description key>}, or {@code null}
 * @param thumbnail      the thumbnail's location as written (a {@code /download/resources/...} URL), or {@code null}
 */
public record DashboardItemType(String completeKey, String amdModule, boolean configurable, String titleKey,
        String descriptionKey, List<String> categories, String author, String thumbnail) {

    public DashboardItemType {
        Objects.requireNonNull(completeKey, "'completeKey' must not be null");
        Objects.requireNonNull(amdModule, "'amdModule' must not be null");
        Objects.requireNonNull(titleKey, "'titleKey' must not be null");
        categories = List.copyOf(categories);
    }
}
