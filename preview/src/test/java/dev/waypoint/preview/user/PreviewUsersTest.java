package dev.waypoint.preview.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.preview.i18n.PreviewI18n;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standard directory and the JiraAuthenticationContext seam over the thread's user. */
class PreviewUsersTest {

    final PreviewDirectory directory = PreviewDirectory.standard();

    @Test
    void givenStandardDirectory_users_haveTheFourRoles() {
        assertThat(directory.users()).extracting(PreviewUser::username)
                .containsExactly("admin", "lead", "agent", "outsider");
        assertThat(directory.defaultUser().username()).isEqualTo("admin");
        assertThat(directory.find("admin").orElseThrow().permissions().jiraAdmin()).isTrue();
        assertThat(directory.find("lead").orElseThrow().permissions().mayAdminister("SUP")).isTrue();
        assertThat(directory.find("agent").orElseThrow().permissions().mayBrowse("SUP")).isTrue();
        assertThat(directory.find("agent").orElseThrow().permissions().mayAdminister("SUP")).isFalse();
        assertThat(directory.find("outsider").orElseThrow().permissions().mayBrowse("SUP")).isFalse();
    }

    @Test
    void givenThreadUser_authenticationContext_answersItUntilCleared() {
        ThreadUsers users = new ThreadUsers();
        PreviewAuthenticationContext context = new PreviewAuthenticationContext(users, directory,
                new PreviewI18n(Map.of(), PreviewI18n.MissingKeys.SHOW_KEY));
        PreviewUser lead = directory.find("lead").orElseThrow();

        assertThat(context.getLoggedInUser()).isNull();
        users.set(lead);
        assertThat(context.getLoggedInUser()).isSameAs(lead);
        assertThat(context.isLoggedInUser()).isTrue();
        assertThat(context.getLoggedInUser().getKey()).isEqualTo("lead");
        context.setLoggedInUser(directory.find("agent").orElseThrow());
        assertThat(users.currentUser()).map(PreviewUser::username).hasValue("agent");
        context.clearLoggedInUser();
        assertThat(context.getLoggedInUser()).isNull();
    }

    @Test
    void givenMalformedUsername_user_isRejected() {
        assertThatThrownBy(() -> new PreviewUser(1L, "Bad Name", "x", "x@example.com", PreviewRole.OUTSIDER,
                directory.find("outsider").orElseThrow().permissions()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
