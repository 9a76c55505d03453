package dev.waypoint.app.kpi;

import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.Role;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict on a source's queries with the live count of one of them ({@link ValidatingKpiJql}). */
class ValidatingKpiJqlTest {

    private static final String OPEN = "project = TEAM AND statusCategory != Done";
    private static final String RESOLVED = "project = TEAM AND resolved >= -30d";

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();

    @Test
    void givenAValidQuery_validate_countsItsIssuesAsTheWouldBeOwnerWithOneSearch() {
        world.kpi.search.count(OPEN, 142);

        JqlVerdict verdict = world.as(OWNER).validatingJql().validate(null, Role.PROJECT, new KpiSource.JqlCount(OPEN));

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.count()).isEqualTo(new JqlVerdict.Count("source.jql", 142L, null));
        assertThat(world.kpi.search.calls()).filteredOn(call -> call.kind().equals("count"))
                .singleElement().satisfies(call -> assertThat(call.asUser()).isEqualTo(new UserKey("owner")));
    }

    @Test
    void givenARatio_validate_countsTheFieldAskedForAndOtherwiseTheFirstQuery() {
        world.kpi.search.count(OPEN, 12).count(RESOLVED, 40);
        KpiSource ratio = new KpiSource.JqlRatio(OPEN, RESOLVED);
        ValidatingKpiJql validating = world.as(OWNER).validatingJql();

        assertThat(validating.validate(null, Role.PROJECT, ratio, "source.denominatorJql").count())
                .isEqualTo(new JqlVerdict.Count("source.denominatorJql", 40L, null));
        assertThat(validating.validate(null, Role.PROJECT, ratio, "source.jql").count())
                .isEqualTo(new JqlVerdict.Count("source.numeratorJql", 12L, null));
        assertThat(world.kpi.search.searches()).isEqualTo(2);
    }

    @Test
    void givenAQueryJiraRefuses_validate_givesJirasMessageUnderTheFieldAndSearchesNothing() {
        world.kpi.search.invalid("project = TEAM AND stauts = Open", "Field 'stauts' does not exist.");

        JqlVerdict verdict = world.as(OWNER).validatingJql().validate(null, Role.PROJECT,
                new KpiSource.JqlCount("project = TEAM AND stauts = Open"));

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problems()).containsExactly(
                new JqlVerdict.Problem("source.jql", "Field 'stauts' does not exist."));
        assertThat(verdict.count()).isNull();
        assertThat(world.kpi.search.searches()).isZero();
    }

    @Test
    void givenASearchThatFailsAfterValidation_validate_reportsJirasReasonInsteadOfACount() {
        world.kpi.search.failWhen(OPEN::equals, "The search took too long.");

        JqlVerdict verdict = world.as(OWNER).validatingJql().validate(null, Role.PROJECT, new KpiSource.JqlCount(OPEN));

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.count()).isEqualTo(new JqlVerdict.Count("source.jql", null, "The search took too long."));
    }

    @Test
    void givenAManualSource_validate_countsNothing() {
        JqlVerdict verdict = world.as(OWNER).validatingJql().validate(null, Role.PROJECT, new KpiSource.Manual());

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.count()).isNull();
        assertThat(world.kpi.search.calls()).isEmpty();
    }

    @Test
    void givenAnotherUsersQueries_validate_isRefusedToAMemberWithoutSearchingButAllowedToAJiraAdmin() {
        world.kpi.search.count(OPEN, 7);
        KpiSource source = new KpiSource.JqlCount(OPEN);

        assertThatThrownBy(() -> world.as(PROJECT_MEMBER).validatingJql()
                .validate(new UserKey("owner"), Role.PROJECT, source))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.kpi.search.calls()).isEmpty();

        JqlVerdict verdict = world.as(JIRA_ADMIN).validatingJql().validate(new UserKey("owner"), Role.PROJECT, source);
        assertThat(verdict.count().issues()).isEqualTo(7L);
        assertThat(world.kpi.search.calls()).extracting(CountingIssueSearch.Call::asUser)
                .containsOnly(new UserKey("owner"));
    }

    @Test
    void givenTheVerdict_aRefusedQueryWithACount_isImpossible() {
        assertThatThrownBy(() -> new JqlVerdict(List.of(new JqlVerdict.Problem("source.jql", "bad")),
                new JqlVerdict.Count("source.jql", 1L, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JqlVerdict.Count("source.jql", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
