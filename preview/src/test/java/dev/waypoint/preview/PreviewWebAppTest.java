package dev.waypoint.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.rest.RestModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewWebAppTest {

    @Test
    void givenTwoModulesStandingInForJirasRestApi_servingThem_makesOneApplicationWithBothResources() {
        Object groups = new Object();
        Object users = new Object();
        RestModule app = new RestModule("waypoint", "1.0", List.of(new Object()));

        List<RestModule> served = PreviewWebApp.jiraApiAsOne(List.of(new RestModule("api", "2", List.of(groups)), app,
                new RestModule("api", "2", List.of(users))));

        assertThat(served).hasSize(2);
        assertThat(served.get(0).path()).isEqualTo("api");
        assertThat(served.get(0).components()).containsExactly(groups, users);
        assertThat(served.get(1)).isSameAs(app);
    }

    @Test
    void givenTwoModulesOfTheApp_servingThem_keepsBothSoThatTheDuplicateIsRefused() {
        List<RestModule> modules = List.of(new RestModule("waypoint", "1.0", List.of()),
                new RestModule("waypoint", "1.0", List.of()));

        assertThat(PreviewWebApp.jiraApiAsOne(modules)).hasSize(2);
    }
}
