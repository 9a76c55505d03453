package dev.waypoint.preview.sample;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.initiative.LinkInitiative;
import dev.waypoint.keyresult.CreateKeyResult;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSourceSpec;
import dev.waypoint.objective.CreateObjective;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes a quarter's {@link ObjectivePlan}s through the core services, as a team lead would at the quarter's
 * kick-off: objectives (parents first, aligned to their KPIs), their key results, and the issues linked to them.
 */
final class OkrWriter {

    private static final UserKey LINKED_BY = new UserKey(SamplePeople.LEAD);

    private final SampleServices services;
    private final KpiHandles kpis;
    private final SampleTickets tickets;

    OkrWriter(SampleServices services, KpiHandles kpis, SampleTickets tickets) {
        this.services = services;
        this.kpis = kpis;
        this.tickets = tickets;
    }

    /** Creates the objectives of {@code plans} in {@code cycle}; returns their key results. */
    List<PlannedKeyResult> write(CycleId cycle, List<ObjectivePlan> plans) {
        Map<String, ObjectiveId> written = new HashMap<>();
        List<PlannedKeyResult> keyResults = new ArrayList<>();
        for (ObjectivePlan plan : plans) {
            Objective objective = services.objectives().create(objective(cycle, plan, written));
            written.put(plan.handle(), objective.id());
            for (KeyResultPlan keyResultPlan : plan.keyResults()) {
                KeyResult keyResult = services.keyResults().create(keyResult(objective.id(), keyResultPlan));
                for (String handle : keyResultPlan.links()) {
                    services.initiatives().link(new LinkInitiative(keyResult.id(), tickets.id(handle), LINKED_BY));
                }
                keyResults.add(new PlannedKeyResult(keyResult, objective, keyResultPlan));
            }
        }
        return keyResults;
    }

    private CreateObjective objective(CycleId cycle, ObjectivePlan plan, Map<String, ObjectiveId> written) {
        ObjectiveId parent = plan.parent() == null ? null : written.get(plan.parent());
        if (plan.parent() != null && parent == null) {
            throw new IllegalStateException("parent " + plan.parent() + " of " + plan.handle() + " is planned later");
        }
        return new CreateObjective(cycle, plan.title(), plan.description(), plan.level(), plan.kind(),
                plan.commitment(), user(plan.owner()), plan.project(), parent, plan.contributesToParent(), null,
                new LinkedHashSet<>(plan.alignedKpis().stream().map(kpis::id).toList()), ObjectiveState.ACTIVE);
    }

    private CreateKeyResult keyResult(ObjectiveId objective, KeyResultPlan plan) {
        ValueSourceSpec source = plan.kpi() != null ? ValueSourceSpec.kpi(kpis.id(plan.kpi()))
                : plan.jql() != null ? ValueSourceSpec.jql(plan.jql()) : ValueSourceSpec.manual();
        return new CreateKeyResult(objective, plan.title(), user(plan.owner()), plan.weight(), plan.unit(),
                plan.measure(), source);
    }

    private static UserKey user(String username) {
        return username == null ? null : new UserKey(username);
    }
}
