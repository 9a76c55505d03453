package dev.waypoint.app.company;

import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.testdata.OkrRepositories;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CompanyReadRepository}, run against every implementation: a whole cycle with its key results
 * and check-ins and nothing of other cycles; a subtree with its root, only in the root's cycle. Objectives come back
 * without description (the company page never shows it); check-ins without comment.
 */
public abstract class CompanyReadRepositoryContract {

    protected abstract OkrRepositories createRepositories();

    protected abstract CompanyReadRepository createRepository(OkrRepositories repositories);

    private OkrRepositories repositories;
    private CompanyReadRepository reads;
    private Cycle q1;
    private Cycle q2;
    private Objective company;
    private Objective team;
    private Objective member;
    private Objective other;
    private KeyResult teamKr;
    private CheckIn teamCheckIn;

    @BeforeEach
    void store() {
        repositories = createRepositories();
        reads = createRepository(repositories);
        q1 = repositories.cycles().insert(aCycle().build());
        q2 = repositories.cycles().insert(aCycle().named("Q2").from(LocalDate.of(2026, 4, 1))
                .to(LocalDate.of(2026, 6, 30)).build());
        company = repositories.objectives().insert(anObjective(q1.id()).titled("Company").company().build());
        team = repositories.objectives().insert(anObjective(q1.id()).titled("Team").alignedTo(company.id()).build());
        member = repositories.objectives().insert(anObjective(q1.id()).titled("Member").alignedTo(team.id()).build());
        other = repositories.objectives().insert(anObjective(q2.id()).titled("Next quarter").alignedTo(team.id())
                .build());
        teamKr = repositories.keyResults().insert(aKeyResult(team.id()).metric(0, 10).build());
        repositories.keyResults().insert(aKeyResult(other.id()).metric(0, 10).build());
        teamCheckIn = repositories.checkIns().insert(aCheckIn(teamKr.id()).value(4).comment("A comment").build());
    }

    @Test
    void givenACycle_loadCycle_readsItsObjectivesKeyResultsAndCheckInsOnly() {
        CompanyCycleData data = reads.loadCycle(q1.id());

        assertThat(data.objectives()).extracting(Objective::title).containsExactlyInAnyOrder("Company", "Team",
                "Member");
        assertThat(data.objectives()).allMatch(o -> o.description() == null);
        assertThat(data.objectives()).filteredOn(o -> o.id().equals(member.id())).singleElement()
                .satisfies(o -> assertThat(o.parentId()).isEqualTo(team.id()));
        assertThat(data.keyResults()).containsExactly(teamKr);
        assertThat(data.checkIns().get(teamKr.id())).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(teamCheckIn.id());
            assertThat(c.numericValue()).isEqualTo(4.0);
            assertThat(c.effectiveDate()).isEqualTo(teamCheckIn.effectiveDate());
        });
    }

    @Test
    void givenAnUnknownOrEmptyCycle_loadCycle_readsNothing() {
        assertThat(reads.loadCycle(new CycleId(9_999)).objectives()).isEmpty();
        Cycle empty = repositories.cycles().insert(aCycle().named("Empty").build());
        assertThat(reads.loadCycle(empty.id())).isEqualTo(CompanyCycleData.EMPTY);
    }

    @Test
    void givenAnObjective_loadSubtree_readsItAndWhatIsBelowItInItsCycle() {
        CompanyCycleData data = reads.loadSubtree(q1.id(), team.id());

        assertThat(data.objectives()).extracting(Objective::title).containsExactlyInAnyOrder("Team", "Member");
        assertThat(data.keyResults()).containsExactly(teamKr);
        assertThat(data.checkIns()).containsOnlyKeys(teamKr.id());
        assertThat(reads.loadSubtree(q2.id(), team.id()).objectives()).isEmpty();
        assertThat(reads.loadSubtree(q1.id(), member.id()).objectives()).extracting(Objective::title)
                .containsExactly("Member");
        assertThat(List.of(company, other)).isNotEmpty();
    }
}
