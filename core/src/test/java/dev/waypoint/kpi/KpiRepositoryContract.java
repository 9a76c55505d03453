package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrTestData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every {@link KpiRepository}. A subclass supplies fresh, empty repositories sharing one store in
 * {@link #createRepositories()}.
 */
public abstract class KpiRepositoryContract {

    private KpiRepository kpis;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract KpiRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        kpis = createRepositories().kpis();
    }

    /** One source of every kind (and every agent selection), with every component set. */
    static Stream<KpiSource> everySource() {
        return Stream.of(
                new KpiSource.JqlCount("project = SUP AND summary ~ \"naïve \\\"quoted\\\"\"\nORDER BY created"),
                new KpiSource.JqlRatio("project = SUP AND resolution = \"First contact\"", "project = SUP"),
                new KpiSource.PerAgent("project = SUP", new AgentSelection.Group("jira-support-ü")),
                new KpiSource.PerAgent("project = SUP", new AgentSelection.ProjectRole(new ProjectKey("SUP"),
                        "Service Desk Team")),
                new KpiSource.PerAgent("project = SUP", new AgentSelection.Assignees()),
                new KpiSource.Duration("project = SUP", "created", "customfield_10010", DurationStatistic.P90, 1000),
                new KpiSource.Manual(),
                new KpiSource.Composite(CompositeAggregation.WEIGHTED_AVERAGE,
                        List.of(new CompositeChild(new KpiId(7), 2.5), new CompositeChild(new KpiId(3), 1))));
    }

    @ParameterizedTest
    @MethodSource("everySource")
    void givenKpiWithEveryFieldAndSource_insertAndFindById_returnsEqualKpi(KpiSource source) {
        Kpi parent = kpis.insert(aKpi().named("Parent").build());
        String prefix = "Tickets ouverts — ✓ ";
        Kpi full = aKpi()
                .named(prefix + "n".repeat(Limits.TITLE - prefix.length()))
                .description("d".repeat(Limits.DESCRIPTION - 1) + "\n")
                .unit("u".repeat(Limits.UNIT))
                .format(KpiFormat.DURATION)
                .bands(KpiDirection.HIGHER_IS_BETTER, 1234.5678, -0.25)
                .ownedBy(BOB)
                .scope(OkrTestData.OPERATIONS)
                .parent(parent.id())
                .refreshMinutes(Kpi.MAX_REFRESH_MINUTES)
                .source(source)
                .build();

        Kpi stored = kpis.insert(full);

        assertThat(stored.id()).isNotNull();
        assertThat(stored.version()).isZero();
        assertThat(stored).isEqualTo(full.withId(stored.id()));
        assertThat(kpis.findById(stored.id())).contains(stored);
    }

    @Test
    void givenKpiWithoutOptionalFields_insertAndFindById_keepsThemEmpty() {
        Kpi bare = aKpi().description(null).unit(null).bands(KpiDirection.LOWER_IS_BETTER, 0, null).global()
                .build();

        Kpi stored = kpis.insert(bare);

        assertThat(kpis.findById(stored.id())).contains(bare.withId(stored.id()));
    }

    @Test
    void givenKpiWithId_insert_isRefused() {
        Kpi withId = aKpi().build().withId(new KpiId(7));

        assertThatThrownBy(() -> kpis.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenUnknownId_findById_isEmpty() {
        assertThat(kpis.findById(new KpiId(424_242))).isEmpty();
    }

    @Test
    void givenStoredKpi_update_storesEveryChangeAndIncrementsVersion() {
        Kpi parent = kpis.insert(aKpi().named("Parent").build());
        Kpi stored = kpis.insert(aKpi().build());
        Kpi changed = new Kpi(stored.id(), "Backlog", "All open work", "issues", KpiFormat.PERCENT,
                KpiDirection.HIGHER_IS_BETTER, 0.9, 0.8, BOB, null, parent.id(), 5,
                new KpiSource.JqlRatio("a = 1", "b = 2"), stored.version());

        Kpi updated = kpis.update(changed);

        assertThat(updated).isEqualTo(changed.withVersion(1));
        assertThat(kpis.findById(stored.id())).contains(updated);
    }

    @Test
    void givenStaleVersion_update_throwsConflictAndKeepsStoredKpi() {
        Kpi stored = kpis.insert(aKpi().build());
        Kpi current = kpis.update(aKpi().named("First edit").build().withId(stored.id()));

        assertThatThrownBy(() -> kpis.update(aKpi().named("Second edit").build().withId(stored.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(kpis.findById(stored.id())).contains(current);
    }

    @Test
    void givenUnknownId_update_throwsNotFound() {
        Kpi ghost = aKpi().build().withId(new KpiId(424_242));

        assertThatThrownBy(() -> kpis.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenStoredKpis_delete_removesOnlyThatOne() {
        Kpi doomed = kpis.insert(aKpi().build());
        Kpi kept = kpis.insert(aKpi().build());

        kpis.delete(doomed.id());
        kpis.delete(new KpiId(424_242));

        assertThat(kpis.findById(doomed.id())).isEmpty();
        assertThat(kpis.findAll()).containsExactly(kept);
    }

    @Test
    void givenStoredKpis_findByIdsAndFindAll_areOrderedById() {
        Kpi a = kpis.insert(aKpi().named("A").build());
        Kpi b = kpis.insert(aKpi().named("B").build());
        Kpi c = kpis.insert(aKpi().named("C").build());

        assertThat(kpis.findByIds(List.of(c.id(), a.id(), new KpiId(424_242), c.id()))).containsExactly(a, c);
        assertThat(kpis.findByIds(List.of())).isEmpty();
        assertThat(kpis.findAll()).containsExactly(a, b, c);
    }

    @Test
    void givenMoreThan1000Ids_findByIds_findsEveryMatchOnce() {
        Kpi a = kpis.insert(aKpi().build());
        Kpi b = kpis.insert(aKpi().build());
        Kpi c = kpis.insert(aKpi().build());

        assertThat(kpis.findByIds(ManyIds.around(List.of(a.id().value(), b.id().value(), c.id().value()),
                KpiId::new))).containsExactly(a, b, c);
    }

    @Test
    void givenKpiTree_findChildren_findsDirectChildrenOnly() {
        Kpi root = kpis.insert(aKpi().named("Root").build());
        Kpi child = kpis.insert(aKpi().named("Child").parent(root.id()).build());
        kpis.insert(aKpi().named("Grandchild").parent(child.id()).build());
        Kpi sibling = kpis.insert(aKpi().named("Sibling").parent(root.id()).build());

        assertThat(kpis.findChildren(root.id())).containsExactly(child, sibling);
        assertThat(kpis.findChildren(sibling.id())).isEmpty();
    }
}
