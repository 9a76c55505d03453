package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Core's {@link KpiService} on {@link JiraIssueSearch}: Jira's own messages arrive on the field of the query Jira
 * refused, validated as the KPI owner, and nothing is written.
 */
class KpiJqlValidationTest {

    private final SearchMocks jira = new SearchMocks();
    private final KpiWorld world = new KpiWorld();
    private final KpiService service = new KpiService(world.kpis,
            new KpiValidator(jira.search, world.users, world.dateFields), world.targetChanges,
            world.transactions, world.clock);

    @Test
    void givenARatioWhoseDenominatorJiraRefuses_create_reportsJirasMessagesOnTheDenominatorOnly() {
        ApplicationUser alice = jira.user("alice", true);
        jira.valid(alice, "project = SUP AND resolution = Done");
        jira.refusedOnValidation(alice, "project = SECRET",
                "The value 'SECRET' does not exist for the field 'project'.");
        KpiSource.JqlRatio ratio = new KpiSource.JqlRatio("project = SUP AND resolution = Done", "project = SECRET");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(KpiTestData.ALICE, KpiTestData.aDefinition().source(ratio).build()));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("source.denominatorJql", "The value 'SECRET' does not exist for the field 'project'."));
        assertThat(world.kpis.writes()).isZero();
    }

    @Test
    void givenJqlThatParsesAndValidatesForTheOwner_create_storesTheKpi() {
        ApplicationUser alice = jira.user("alice", true);
        jira.valid(alice, KpiTestData.OPEN_TICKETS);

        service.create(KpiTestData.ALICE, KpiTestData.aDefinition().build());

        assertThat(world.kpis.writes()).isOne();
    }
}
