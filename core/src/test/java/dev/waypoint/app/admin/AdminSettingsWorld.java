package dev.waypoint.app.admin;

import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The admin use cases over fakes: the seven roles ({@link Role}), a Jira with the groups {@code waypoint-leaders}
 * and {@code executives} and the custom field "Story Points", and a settings store that counts its writes.
 */
final class AdminSettingsWorld {

    /** The custom fields Jira knows in these tests. */
    static final Set<String> CUSTOM_FIELDS = Set.of("Story Points", "customfield_10016");

    final InMemoryAccessFacts facts = Role.standardFacts();
    final FakeUserDirectory users = new FakeUserDirectory()
            .group("waypoint-leaders", List.of(new Agent(new UserKey("leader"), "leader")))
            .group("executives", List.of());
    final List<String> fieldsAsked = new ArrayList<>();
    final CountingStore store = new CountingStore();

    AdminAccess access(Role viewer) {
        return new AdminAccess(viewer::user, new Permissions(facts));
    }

    AdminSettingsQuery query(Role viewer) {
        return new AdminSettingsQuery(access(viewer), store);
    }

    ChangingAdminSettings changing(Role viewer) {
        return new ChangingAdminSettings(access(viewer), store, users, name -> {
            fieldsAsked.add(name);
            return CUSTOM_FIELDS.contains(name);
        });
    }

    /** The settings of a fresh installation, as the admin page sends them back. */
    static ChangeAdminSettings defaults() {
        return new ChangeAdminSettings(scoring(0.1, 0.3, 3, 0.7, 0.4, 0.2), access(null, List.of()),
                refresh(60, 60, "\"Epic Link\" = {key}", "Story Points"), insights(7, false, 14, 0.8, 30),
                new ChangeAdminSettings.Retention(30));
    }

    static ChangeAdminSettings.Scoring scoring(Double onTrack, Double atRisk, Integer lowConfidence, Double green,
            Double yellow, Double override) {
        return new ChangeAdminSettings.Scoring(onTrack, atRisk, lowConfidence, green, yellow, override);
    }

    static ChangeAdminSettings.Access access(String companyGroup, List<String> viewerGroups) {
        return new ChangeAdminSettings.Access(companyGroup, viewerGroups);
    }

    static ChangeAdminSettings.Refresh refresh(Integer kpiMinutes, Integer keyResultMinutes, String epicJql,
            String storyPointField) {
        return new ChangeAdminSettings.Refresh(kpiMinutes, keyResultMinutes, epicJql, storyPointField);
    }

    static ChangeAdminSettings.Insights insights(Integer unhealthyDays, Boolean amber, Integer staleDays,
            Double similarity, Integer targetDays) {
        return new ChangeAdminSettings.Insights(unhealthyDays, amber, staleDays, similarity, targetDays);
    }

    static ChangeAdminSettings with(ChangeAdminSettings.Scoring scoring) {
        ChangeAdminSettings d = defaults();
        return new ChangeAdminSettings(scoring, d.access(), d.refresh(), d.insights(), d.retention());
    }

    static ChangeAdminSettings with(ChangeAdminSettings.Access access) {
        ChangeAdminSettings d = defaults();
        return new ChangeAdminSettings(d.scoring(), access, d.refresh(), d.insights(), d.retention());
    }

    static ChangeAdminSettings with(ChangeAdminSettings.Refresh refresh) {
        ChangeAdminSettings d = defaults();
        return new ChangeAdminSettings(d.scoring(), d.access(), refresh, d.insights(), d.retention());
    }

    static ChangeAdminSettings with(ChangeAdminSettings.Insights insights) {
        ChangeAdminSettings d = defaults();
        return new ChangeAdminSettings(d.scoring(), d.access(), d.refresh(), insights, d.retention());
    }

    static ChangeAdminSettings with(ChangeAdminSettings.Retention retention) {
        ChangeAdminSettings d = defaults();
        return new ChangeAdminSettings(d.scoring(), d.access(), d.refresh(), d.insights(), retention);
    }

    /** Settings in memory, starting from the defaults, counting reads and writes. */
    static final class CountingStore implements WaypointSettingsStore {

        private WaypointSettings settings = WaypointSettings.DEFAULTS;
        int reads;
        int saves;

        @Override
        public WaypointSettings current() {
            reads++;
            return settings;
        }

        @Override
        public void save(WaypointSettings newSettings) {
            saves++;
            settings = Objects.requireNonNull(newSettings, "'newSettings' must not be null");
        }

        /** The stored value, without counting a read. */
        WaypointSettings stored() {
            return settings;
        }

        void put(WaypointSettings newSettings) {
            settings = newSettings;
        }
    }
}
