package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.user;
import static dev.waypoint.jira.rest.kpi.KpiPermissionMatrixTest.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.ObjectiveId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Leaks of issue 9 on the KPI side, through the JAX-RS runtime on {@link KpiFixture}'s data: (a) moving a KPI where
 * its viewer could not create it; (c) a global composite over project KPIs read by users who may see none of its
 * children, on every endpoint that reads KPIs.
 */
class KpiLeaksTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    private RestResponse send(RestRequest request, Role role) {
        return rest.send(request.as(role));
    }

    /** (a) DESIGN §5: changing a KPI's scope, owner or parent follows the rule for creating it there. */
    @Nested
    class MovingAKpi {

        @Test
        void givenOwnerOfAProjectKpi_movingItToGlobalScope_isRefusedAsCreatingAGlobalKpiIs() {
            var before = world.snapshot();

            RestResponse created = send(RestRequest.post("/kpis",
                    kpi("Satisfaction", null, null, KpiPermissionMatrixTest.MANUAL, null)), Role.OWNER);
            RestResponse moved = send(RestRequest.put("/kpis/" + TEAM_MANUAL,
                    kpi("Satisfaction", "owner", null, KpiPermissionMatrixTest.MANUAL, 0L)), Role.OWNER);

            assertThat(created.status()).as("creating a global KPI").isEqualTo(403);
            assertThat(moved.status()).as("moving one there").isEqualTo(403);
            assertThat(world.snapshot()).isEqualTo(before);
        }

        @Test
        void givenCompanyGroupMember_movingTheirGlobalKpiIntoAProjectTheyMayNotBrowse_isRefused() {
            RestResponse moved = send(RestRequest.put("/kpis/" + KpiFixture.COMPANY_MANUAL,
                    kpi("Revenue", "leader", "TEAM", KpiPermissionMatrixTest.MANUAL, 0L)), Role.COMPANY_GROUP_MEMBER);

            assertThat(moved.status()).isEqualTo(403);
        }

        @Test
        void givenProjectAdmin_givingAKpiToAnotherOwner_isRefusedAsCreatingItForThemIs() {
            RestResponse given = send(RestRequest.put("/kpis/" + TEAM_MANUAL,
                    kpi("Satisfaction", "member", "TEAM", KpiPermissionMatrixTest.MANUAL, 0L)), Role.PROJECT_ADMIN);

            assertThat(given.status()).isEqualTo(403);
        }

        @Test
        void givenJiraAdmin_movingAProjectKpiToGlobalScope_mayAsTheyMayCreateItThere() {
            RestResponse moved = send(RestRequest.put("/kpis/" + TEAM_MANUAL,
                    kpi("Satisfaction", "owner", null, KpiPermissionMatrixTest.MANUAL, 0L)), Role.JIRA_ADMIN);

            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().path("project").isNull()).isTrue();
        }
    }

    /**
     * (c) A global composite over TEAM's KPIs 1 and 4 ({@link KpiFixture#globalCompositeOfTeam}), with a value, a
     * global child in the KPI tree, and aligned to the company objective.
     */
    @Nested
    class GlobalCompositeOfProjectKpis {

        private Kpi composite;

        @BeforeEach
        void composite() {
            composite = world.repositories().kpis().findById(new KpiId(KpiFixture.globalCompositeOfTeam(world)))
                    .orElseThrow();
            world.store(KpiTestData.aKpi().named("Below the composite").global().ownedBy(user(Role.JIRA_ADMIN))
                    .source(new dev.waypoint.kpi.KpiSource.Manual()).parent(composite.id()));
            world.repositories().alignments().link(new ObjectiveId(COMPANY_OBJECTIVE), composite.id());
        }

        private String id() {
            return Long.toString(composite.id().value());
        }

        @TestFactory
        Stream<DynamicTest> givenUserWhoMayNotSeeItsChildren_readingIt_answersAsIfItDidNotExist() {
            return Stream.of(
                    RestRequest.get("/kpis/" + id()),
                    RestRequest.get("/kpis/" + id() + "/children"),
                    RestRequest.get("/kpis/" + id() + "/values"),
                    RestRequest.get("/kpis/" + id() + "/values.csv"),
                    RestRequest.get("/dashboard/kpi-trend").query("kpi", id()),
                    RestRequest.get("/dashboard/agent-workload").query("kpi", id()),
                    RestRequest.get("/alignments/kpis/" + id()))
                    .map(request -> DynamicTest.dynamicTest(request.describe(), () -> {
                        RestResponse asOutsider = send(request, Role.COMPANY_GROUP_MEMBER);
                        RestResponse asMember = send(request, Role.PROJECT_MEMBER);

                        assertThat(asOutsider.status()).as(asOutsider.toString()).isEqualTo(404);
                        assertThat(asOutsider.body()).doesNotContain("34.5");
                        assertThat(asMember.status()).as("a member of TEAM sees it").isIn(200, 400);
                    }));
        }

        @Test
        void givenUserWhoMayNotSeeItsChildren_listingKpis_doesNotListIt() {
            RestResponse list = send(RestRequest.get("/kpis"), Role.COMPANY_GROUP_MEMBER);

            assertThat(list.json().findValues("id")).extracting(n -> n.asLong()).doesNotContain(composite.id().value());
        }

        @Test
        void givenUserWhoMayNotSeeItsChildren_readingTheScorecard_listsItAsMissing() {
            RestResponse card = send(RestRequest.get("/dashboard/kpi-scorecard").query("kpis", id()),
                    Role.COMPANY_GROUP_MEMBER);

            assertThat(card.json().path("kpis")).isEmpty();
            assertThat(card.json().path("missing").toString()).isEqualTo("[" + id() + "]");
            assertThat(card.body()).doesNotContain("34.5");
        }

        @Test
        void givenUserWhoMayNotSeeItsChildren_readingTheCompanyObjectivesKpis_doesNotSeeIt() {
            RestResponse kpis = send(RestRequest.get("/alignments/objectives/" + COMPANY_OBJECTIVE),
                    Role.COMPANY_GROUP_MEMBER);

            assertThat(kpis.status()).isEqualTo(200);
            assertThat(kpis.json()).isEmpty();
        }

        @Test
        void givenUserWhoMayNotSeeItsChildren_listingTheChildrenOfItsParent_doesNotSeeIt() {
            Kpi parent = world.store(KpiTestData.aKpi().named("Top").global().ownedBy(user(Role.JIRA_ADMIN))
                    .source(new dev.waypoint.kpi.KpiSource.Manual()));
            world.repositories().kpis().update(KpiTestData.aKpi().named("Support everywhere").global()
                    .ownedBy(user(Role.JIRA_ADMIN)).parent(parent.id())
                    .source(composite.source()).build().withId(composite.id()));

            RestResponse children = send(RestRequest.get("/kpis/" + parent.id() + "/children"),
                    Role.COMPANY_GROUP_MEMBER);

            assertThat(children.status()).isEqualTo(200);
            assertThat(children.json()).isEmpty();
        }
    }
}
