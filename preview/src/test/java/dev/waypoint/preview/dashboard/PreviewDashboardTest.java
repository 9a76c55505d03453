package dev.waypoint.preview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewDashboardTest {

    @TempDir
    Path data;

    @Test
    void givenItemsAddedChangedAndRemoved_reopening_findsTheDashboardAsItWasLeft() {
        PreviewDashboard dashboard = PreviewDashboard.open(data);
        PlacedItem trend = dashboard.add("p:trend", 0, Map.of());
        PlacedItem second = dashboard.add("p:trend", 1, Map.of("kpi", "1"));
        PlacedItem gone = dashboard.add("p:okr", 0, Map.of());
        dashboard.savePreferences(trend.id(), Map.of("kpi", "7", "days", "30"));
        dashboard.remove(gone.id());

        PreviewDashboard reopened = PreviewDashboard.open(data);

        assertThat(reopened.items()).containsExactly(
                new PlacedItem(trend.id(), "p:trend", 0, Map.of("kpi", "7", "days", "30")),
                new PlacedItem(second.id(), "p:trend", 1, Map.of("kpi", "1")));
        assertThat(reopened.add("p:okr", 0, Map.of()).id()).as("ids are not reused").isGreaterThan(gone.id());
    }

    @Test
    void givenAnUnknownItem_savingOrRemoving_changesNothing() {
        PreviewDashboard dashboard = PreviewDashboard.open(data);
        dashboard.add("p:trend", 0, Map.of("kpi", "1"));

        assertThat(dashboard.savePreferences(99, Map.of("kpi", "2"))).isEmpty();
        assertThat(dashboard.remove(99)).isFalse();
        assertThat(PreviewDashboard.open(data).items()).extracting(PlacedItem::preferences)
                .containsExactly(Map.of("kpi", "1"));
    }

    @Test
    void givenANewDataFolder_opening_findsNoItem() {
        assertThat(PreviewDashboard.open(data).items()).isEmpty();
    }
}
