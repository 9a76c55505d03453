package dev.waypoint.preview.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.search.Agent;
import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import org.junit.jupiter.api.Test;

class PreviewUserDirectoryTest {

    final PreviewUserDirectory users = TestIssues.users();

    @Test
    void givenPreviewAndDirectoryOnlyUsers_isActive_knowsBoth() {
        assertThat(users.isActive(new UserKey("outsider"))).isTrue();
        assertThat(users.isActive(new UserKey("dana"))).isTrue();
        assertThat(users.isActive(new UserKey("mallory"))).isFalse();
    }

    @Test
    void givenAgentsGroup_groupMembers_answersTheEightAgentsByKey() {
        assertThat(users.groupExists(SamplePeople.AGENTS_GROUP)).isTrue();
        assertThat(users.groupMembers(SamplePeople.AGENTS_GROUP)).extracting(Agent::name)
                .containsExactly("agent", "bea", "carlos", "dana", "emil", "fatima", "gus", "hana");
        assertThat(users.groupMembers("no-such-group")).isEmpty();
        assertThat(users.groupExists("no-such-group")).isFalse();
    }

    @Test
    void givenServiceDeskRole_projectRoleMembers_answersTheAgentsOfThatProjectOnly() {
        ProjectKey sup = new ProjectKey("SUP");

        assertThat(users.projectRoleExists(sup, SamplePeople.SERVICE_DESK_ROLE)).isTrue();
        assertThat(users.projectRoleMembers(sup, SamplePeople.SERVICE_DESK_ROLE)).hasSize(8);
        assertThat(users.projectRoleExists(new ProjectKey("APP"), SamplePeople.SERVICE_DESK_ROLE)).isFalse();
        assertThat(users.projectRoleMembers(new ProjectKey("APP"), SamplePeople.DEVELOPERS_ROLE))
                .containsExactly(new Agent(new UserKey("lead"), "lead"));
    }
}
