package dev.waypoint.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.shared.ProjectKey;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeAndSettingsTest {

    @Test
    void givenNoProject_derivingScope_isCompany() {
        assertThat(Scope.of(null)).isEqualTo(Scope.COMPANY);
    }

    @Test
    void givenProject_derivingScope_isThatProject() {
        assertThat(Scope.of(new ProjectKey("SUP"))).isEqualTo(Scope.project(new ProjectKey("SUP")));
        assertThat(Scope.of(new ProjectKey("SUP"))).hasToString("PROJECT(SUP)");
    }

    @Test
    void givenMissingProjectKey_creatingProjectScope_isRejected() {
        assertThatThrownBy(() -> Scope.project(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenBlankCompanyGroup_creatingSettings_isRejected() {
        assertThatThrownBy(() -> new AccessSettings(Optional.of(" "), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenDefaults_readingSettings_haveNoGroupAndNoRestriction() {
        assertThat(AccessSettings.DEFAULTS.companyGroup()).isEmpty();
        assertThat(AccessSettings.DEFAULTS.companyViewerGroups()).isEmpty();
    }

    @Test
    void givenDeniedException_creatingWithUnlistedKey_isAProgrammerError() {
        assertThatThrownBy(() -> AccessDeniedException.denied("waypoint.access.nope"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
