package dev.waypoint.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.Role;
import dev.waypoint.scoring.ScoringSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading the admin settings: the stored ones and a fresh installation's, for Jira administrators only. */
class AdminSettingsQueryTest {

    private final AdminSettingsWorld world = new AdminSettingsWorld();
    private final WaypointSettings changed = new WaypointSettings(new ScoringSettings(0.1, 0.3, 3, 0.8, 0.4, 0.2),
            WaypointSettings.DEFAULTS.access().withCompanyGroup("waypoint-leaders"),
            WaypointSettings.DEFAULTS.refresh(), 15, "customfield_10016", WaypointSettings.DEFAULTS.insights());

    @Test
    void givenStoredSettings_readingAsJiraAdmin_answersThem() {
        world.store.put(changed);

        assertThat(world.query(Role.JIRA_ADMIN).current()).isEqualTo(changed);
    }

    @Test
    void givenStoredSettings_readingTheDefaultsAsJiraAdmin_answersAFreshInstallationsWithoutReadingTheStore() {
        world.store.put(changed);

        WaypointSettings defaults = world.query(Role.JIRA_ADMIN).defaults();

        assertThat(defaults).isEqualTo(WaypointSettings.DEFAULTS);
        assertThat(defaults.scoring()).isEqualTo(ScoringSettings.defaults());
        assertThat(defaults.storyPointField()).isEqualTo("Story Points");
        assertThat(world.store.reads).isZero();
        assertThat(world.store.saves).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "JIRA_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void givenAnyoneButAJiraAdmin_reading_isRefusedWithoutReadingTheStore(Role viewer) {
        AdminSettingsQuery query = world.query(viewer);

        assertThatThrownBy(query::current).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).isUnauthenticated())
                        .isEqualTo(viewer == Role.ANONYMOUS));
        assertThatThrownBy(query::defaults).isInstanceOf(AccessDeniedException.class);
        assertThat(world.store.reads).isZero();
    }
}
