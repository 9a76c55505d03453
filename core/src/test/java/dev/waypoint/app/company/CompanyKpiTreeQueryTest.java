package dev.waypoint.app.company;


import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class CompanyKpiTreeQueryTest {

    private final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    private final InMemoryKpiValueRepository values = new InMemoryKpiValueRepository();
    private final InMemoryAccessFacts facts = new InMemoryAccessFacts().licensed("alice").browse("alice", "SUP")
            .licensed("admin").browse("admin", "SUP", "OPS");
    private Optional<UserKey> viewer = Optional.of(new UserKey("admin"));
    private final CompanyKpiTreeQuery query = new CompanyKpiTreeQuery(new KpiAccess(() -> viewer,
            new VisibleKpis(kpis, new KpiPermissions(new Permissions(facts)))), values);

    private Kpi store(Kpi kpi, Double value) {
        Kpi stored = kpis.insert(kpi);
        if (value != null) {
            values.append(KpiValue.of(stored.id(), OkrTestData.NOW, value));
        }
        return stored;
    }

    @Test
    void givenAWeightedComposite_tree_givesEachChildItsShareOfTheParent() {
        Kpi mobile = store(aKpi().named("Mobile bugs").global().build(), 30.0);
        Kpi web = store(aKpi().named("Web bugs").global().build(), 10.0);
        Kpi bugs = store(aKpi().named("Bugs").global().source(new KpiSource.Composite(
                CompositeAggregation.WEIGHTED_AVERAGE, List.of(new CompositeChild(mobile.id(), 1),
                        new CompositeChild(web.id(), 3)))).build(), 15.0);

        List<KpiTreeNode> roots = query.tree();

        assertThat(roots).extracting(n -> n.kpi().name()).containsExactly("Bugs");
        KpiTreeNode parent = roots.get(0);
        assertThat(parent.contribution()).isNull();
        assertThat(parent.value()).isEqualTo(15.0);
        assertThat(parent.health()).isNotEqualTo(Health.UNKNOWN);
        assertThat(parent.children()).extracting(n -> n.kpi().name()).containsExactly("Mobile bugs", "Web bugs");
        assertThat(parent.children().get(0).contribution()).isCloseTo(0.5, offset(1e-9));
        assertThat(parent.children().get(1).contribution()).isCloseTo(0.5, offset(1e-9));
        assertThat(bugs.id()).isEqualTo(parent.kpi().id());
    }

    @Test
    void givenAParentLinkWithoutComposite_tree_nestsTheChildWithoutAShare() {
        Kpi parent = store(aKpi().named("Customer experience").global().build(), 0.9);
        store(aKpi().named("CSAT").global().parent(parent.id()).build(), 0.8);

        KpiTreeNode root = query.tree().get(0);

        assertThat(root.children()).extracting(n -> n.kpi().name()).containsExactly("CSAT");
        assertThat(root.children().get(0).contribution()).isNull();
    }

    @Test
    void givenACompositeWithAHiddenChild_tree_hidesTheCompositeAndTheChild() {
        Kpi visible = store(aKpi().named("SUP backlog").scope(new ProjectKey("SUP")).build(), 4.0);
        Kpi hidden = store(aKpi().named("OPS backlog").scope(new ProjectKey("OPS")).build(), 6.0);
        store(aKpi().named("All backlogs").global().source(composite(CompositeAggregation.SUM, visible.id(),
                hidden.id())).build(), 10.0);
        viewer = Optional.of(new UserKey("alice"));

        assertThat(query.tree()).extracting(n -> n.kpi().name()).containsExactly("SUP backlog");
    }

    @Test
    void givenACompositeOfACompositeWithAHiddenChild_tree_hidesBoth() {
        Kpi visible = store(aKpi().named("SUP backlog").scope(new ProjectKey("SUP")).build(), 4.0);
        Kpi hidden = store(aKpi().named("OPS backlog").scope(new ProjectKey("OPS")).build(), 6.0);
        Kpi inner = store(aKpi().named("Backlogs").global().source(composite(CompositeAggregation.SUM, visible.id(),
                hidden.id())).build(), 10.0);
        Kpi other = store(aKpi().named("Incidents").global().build(), 2.0);
        store(aKpi().named("Everything").global().source(composite(CompositeAggregation.AVERAGE, other.id(),
                inner.id())).build(), 6.0);
        viewer = Optional.of(new UserKey("alice"));

        assertThat(query.tree()).extracting(n -> n.kpi().name()).containsExactly("Incidents", "SUP backlog");
    }
}
