package dev.waypoint.preview.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.preview.sample.SampleProjects;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import org.junit.jupiter.api.Test;

class PreviewAccessFactsTest {

    static final PreviewDirectory DIRECTORY = PreviewDirectory.standard();
    static final SamplePeople PEOPLE = new SamplePeople(DIRECTORY);

    final PreviewAccessFacts facts = new PreviewAccessFacts(DIRECTORY, PEOPLE.permissionsLike(), PEOPLE.groups(),
            SampleProjects::permissionSchemeOf, () -> AccessSettings.DEFAULTS.withCompanyGroup("okr-managers"));

    @Test
    void givenPreviewUsers_facts_followTheirPreviewPermissions() {
        assertThat(facts.isJiraAdmin(user("admin"))).isTrue();
        assertThat(facts.isJiraAdmin(user("lead"))).isFalse();
        assertThat(facts.isProjectAdmin(user("lead"), SampleProjects.SUP)).isTrue();
        assertThat(facts.canBrowseProject(user("agent"), SampleProjects.SUP)).isTrue();
        assertThat(facts.isProjectAdmin(user("agent"), SampleProjects.SUP)).isFalse();
        assertThat(facts.canBrowseProject(user("outsider"), SampleProjects.SUP)).isFalse();
        assertThat(facts.isLicensed(user("outsider"))).isTrue();
    }

    @Test
    void givenWebProject_facts_applyTheSchemeItSharesWithApp() {
        assertThat(facts.canBrowseProject(user("agent"), SampleProjects.WEB)).isTrue();
        assertThat(facts.isProjectAdmin(user("lead"), SampleProjects.WEB)).isTrue();
        assertThat(facts.canBrowseProject(user("outsider"), SampleProjects.WEB)).isFalse();
        assertThat(facts.canBrowseProject(user("admin"), new ProjectKey("NOPE"))).isFalse();
    }

    @Test
    void givenDirectoryOnlyAgent_facts_areThoseOfThePreviewAgent() {
        assertThat(facts.isLicensed(user("dana"))).isTrue();
        assertThat(facts.canBrowseProject(user("dana"), SampleProjects.SUP)).isTrue();
        assertThat(facts.isProjectAdmin(user("dana"), SampleProjects.SUP)).isFalse();
        assertThat(facts.isInGroup(user("dana"), SamplePeople.AGENTS_GROUP)).isTrue();
        assertThat(facts.isLicensed(user("mallory"))).isFalse();
        assertThat(facts.isInGroup(user("mallory"), SamplePeople.AGENTS_GROUP)).isFalse();
    }

    @Test
    void givenSettingsSource_settings_answersTheCurrentOnes() {
        assertThat(facts.settings().companyGroup()).contains("okr-managers");
        assertThat(facts.isInGroup(user("admin"), SamplePeople.ADMINS_GROUP)).isTrue();
    }

    private static UserKey user(String name) {
        return new UserKey(name);
    }
}
