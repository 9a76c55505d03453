package dev.waypoint.jira.rest.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text must be well-formed Unicode (issue 9, "Bad input"): a body whose bytes are not UTF-8 and a string holding a
 * lone surrogate (possible through a JSON escape) are refused with a message naming the field, and nothing is
 * written.
 */
class WellFormedTextTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    private String objective(String titleJson) {
        return "{\"cycleId\":" + fixture.q1.id() + ",\"title\":" + titleJson
                + ",\"level\":\"TEAM\",\"project\":\"TEAM\",\"owner\":\"owner\"}";
    }

    @Test
    void givenALoneSurrogateInATitle_creatingAnObjective_isRefusedNamingTheTitle() {
        OkrRestFixture.Contents before = fixture.contents();

        RestResponse response = rest.send(RestRequest.post("/objectives", objective("\"Broken \\ud800 text\""))
                .as(Role.OWNER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("title");
        assertThat(fixture.contents()).isEqualTo(before);
    }

    @Test
    void givenALoneSurrogateInACheckInComment_checkingIn_isRefusedNamingTheComment() {
        OkrRestFixture.Contents before = fixture.contents();

        RestResponse response = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/check-ins",
                "{\"value\":5,\"comment\":\"half \\udc00 a pair\"}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("comment");
        assertThat(fixture.contents()).isEqualTo(before);
    }

    @Test
    void givenBytesThatAreNotUtf8_creatingAnObjective_isRefusedAsBadJson() {
        OkrRestFixture.Contents before = fixture.contents();
        // The client encodes the text in ISO-8859-1 ("Ã(" becomes the bytes C3 28); read as UTF-8 (JSON's encoding,
        // RFC 8259 §8.1) C3 starts a two-byte sequence that 28 cannot continue.
        RestResponse response = rest.send(RestRequest.post("/objectives", objective("\"\u00c3(\""))
                .contentType("application/json; charset=ISO-8859-1").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("com.fasterxml");
        assertThat(fixture.contents()).isEqualTo(before);
    }

    @Test
    void givenWellFormedTextOutsideTheBasicPlane_creatingAnObjective_keepsItWhole() {
        RestResponse response = rest.send(RestRequest.post("/objectives", objective("\"Ship 🚀 𝄞 today\""))
                .as(Role.OWNER));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("title").asText()).isEqualTo("Ship 🚀 𝄞 today");
    }
}
