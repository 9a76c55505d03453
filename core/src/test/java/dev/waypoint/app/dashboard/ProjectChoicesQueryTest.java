package dev.waypoint.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectChoicesQueryTest {

    private final InMemoryAccessFacts facts = Role.standardFacts();
    private final List<UserKey> asked = new ArrayList<>();

    private ProjectChoicesQuery query(Role viewer) {
        BrowsableProjects projects = user -> {
            asked.add(user);
            return facts.canBrowseProject(user, Role.PROJECT)
                    ? List.of(new ProjectChoice(new ProjectKey("WEB"), "web platform"), new ProjectChoice(Role.PROJECT,
                            "Team"), new ProjectChoice(new ProjectKey("APP"), "Mobile App"),
                            new ProjectChoice(new ProjectKey("ZED"), "team"))
                    : List.of();
        };
        return new ProjectChoicesQuery(viewer::user, new Permissions(facts), projects);
    }

    private static List<String> keys(ProjectChoices choices) {
        return choices.projects().stream().map(p -> p.key().value()).toList();
    }

    @Test
    void givenAProjectMember_listing_answersTheBrowsableProjectsByNameIgnoringCase() {
        ProjectChoices choices = query(Role.PROJECT_MEMBER).list();

        assertThat(keys(choices)).containsExactly("APP", "TEAM", "ZED", "WEB");
        assertThat(asked).containsExactly(new UserKey("member"));
    }

    @Test
    void givenAUserWhoMayBrowseNothing_listing_answersNoProject() {
        assertThat(query(Role.LICENSED_WITHOUT_BROWSE).list().projects()).isEmpty();
    }

    @Test
    void givenNobodyLoggedIn_listing_isRefusedWithoutAskingThePlatform() {
        assertThatThrownBy(() -> query(Role.ANONYMOUS).list()).isInstanceOf(AccessDeniedException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void givenAUserWithoutLicence_listing_isRefused() {
        facts.unlicensed("member");

        assertThatThrownBy(() -> query(Role.PROJECT_MEMBER).list()).isInstanceOf(AccessDeniedException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void givenAProjectWithoutName_choice_showsItsKey() {
        assertThat(new ProjectChoice(new ProjectKey("SUP"), " ").name()).isEqualTo("SUP");
        assertThat(Optional.of(new ProjectChoice(new ProjectKey("SUP"), null).name())).contains("SUP");
    }
}
