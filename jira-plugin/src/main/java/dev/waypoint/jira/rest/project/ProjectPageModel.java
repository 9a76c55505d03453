package dev.waypoint.jira.rest.project;

import dev.waypoint.app.progress.ProjectPage;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.jira.rest.checkin.CheckInResponse;
import dev.waypoint.jira.rest.keyresult.MeasureBody;
import dev.waypoint.jira.rest.objective.GradeBody;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.ProgressForecast;
import dev.waypoint.shared.UserKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns core's {@link ProjectPage} into the {@link ProjectPageResponse}: a pure function (no query, no permission
 * lookup, no rule: the page already holds only what the viewer may see and what they may do), which arranges the
 * objectives as a tree.
 */
final class ProjectPageModel {

    private ProjectPageModel() {
    }

    static ProjectPageResponse response(ProjectPage page) {
        UserKey viewerKey = page.viewer();
        ProjectPageResponse.Actions actions = new ProjectPageResponse.Actions(page.canCreateObjective(),
                page.canManageCycles(), page.canChooseOwner(), page.canSetJqlForOthers());
        if (page.overview() == null) {
            return new ProjectPageResponse(page.project().value(), cycleOptions(page.cycles()), null, page.today(),
                    null, actions, List.of(), viewer(page, viewerKey));
        }
        CycleOverview overview = page.overview();
        return new ProjectPageResponse(page.project().value(), cycleOptions(page.cycles()),
                page.selected().id().value(), overview.asOf(), overview.expectedProgress(), actions,
                tree(overview, page.kpiFormats(), new Decisions(page)), viewer(page, viewerKey));
    }

    private static ProjectPageResponse.Person viewer(ProjectPage page, UserKey viewerKey) {
        return viewerKey == null ? null
                : new ProjectPageResponse.Person(viewerKey.value(), page.people().get(viewerKey));
    }

    /** What the viewer may do, per item, as the page decided it. */
    private record Decisions(ProjectPage page) {

        boolean canEdit(Objective objective) {
            return page.editable().contains(objective.id());
        }

        boolean canEdit(KeyResult keyResult) {
            return page.editableKeyResults().contains(keyResult.id());
        }

        boolean canCheckIn(KeyResult keyResult) {
            return page.checkInKeyResults().contains(keyResult.id());
        }

        boolean canRefresh(KeyResult keyResult) {
            return page.refreshable().contains(keyResult.id());
        }

        String name(UserKey user) {
            return user == null ? null : page.people().get(user);
        }

        String kpiName(KpiId kpi) {
            return page.kpiNames().get(kpi);
        }
    }

    static List<ProjectPageResponse.CycleOption> cycleOptions(List<Cycle> cycles) {
        return cycles.stream().map(c -> new ProjectPageResponse.CycleOption(c.id().value(), c.name(), c.start(),
                c.end(), c.state())).toList();
    }

    /** The objective tree of the overview (already only what the viewer may see); {@code kpiFormats} by KPI. */
    private static List<ProjectPageResponse.ObjectiveItem> tree(CycleOverview overview,
            Map<KpiId, KpiValueFormat> kpiFormats, Decisions decisions) {
        Page page = new Page(overview, kpiFormats, decisions);
        List<ObjectiveStatus> visible = overview.objectives();
        Set<ObjectiveId> visibleIds = visible.stream().map(s -> s.objective().id()).collect(Collectors.toSet());
        Map<ObjectiveId, List<ObjectiveStatus>> children = new HashMap<>();
        List<ObjectiveStatus> roots = new ArrayList<>();
        for (ObjectiveStatus status : visible) {
            ObjectiveId parent = status.objective().parentId();
            if (parent != null && visibleIds.contains(parent)) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(status);
            } else {
                roots.add(status);
            }
        }
        return roots.stream().map(root -> item(root, children, page)).toList();
    }

    /** What every item of the tree is mapped with. */
    private record Page(CycleOverview overview, Map<KpiId, KpiValueFormat> kpiFormats, Decisions decisions) {
    }

    private static ProjectPageResponse.ObjectiveItem item(ObjectiveStatus status,
            Map<ObjectiveId, List<ObjectiveStatus>> children, Page page) {
        Decisions decisions = page.decisions();
        Objective o = status.objective();
        return new ProjectPageResponse.ObjectiveItem(o.id().value(), o.title(), o.description(), o.level(), o.kind(),
                o.commitment(), o.owner() == null ? null : o.owner().value(),
                o.project() == null ? null : o.project().value(), o.parentId() == null ? null : o.parentId().value(),
                o.state(), o.weight().value(), o.contributesToParent(), GradeBody.of(o.grade()), o.version(),
                ProgressBody.of(status.progress()), status.pace(), status.context(), decisions.canEdit(o),
                status.keyResults().stream().map(k -> keyResult(k, page)).toList(),
                children.getOrDefault(o.id(), List.of()).stream().map(c -> item(c, children, page)).toList(),
                status.keyResultsCounted(), status.keyResultsTotal(), decisions.name(o.owner()),
                page.overview().gradeBand(o));
    }

    private static ProjectPageResponse.KeyResultItem keyResult(KeyResultStatus status, Page page) {
        KeyResult k = status.keyResult();
        Decisions decisions = page.decisions();
        if (status.hidden()) {
            return new ProjectPageResponse.KeyResultItem(k.id().value(), k.title(),
                    k.owner() == null ? null : k.owner().value(), null, k.weight().value(), null,
                    sourceType(k.source()), null, k.version(), ProgressBody.of(status.progress()), status.pace(),
                    null, null, null, List.of(), 0, decisions.canEdit(k), decisions.canCheckIn(k), true,
                    decisions.name(k.owner()), false);
        }
        return new ProjectPageResponse.KeyResultItem(k.id().value(), k.title(),
                k.owner() == null ? null : k.owner().value(), k.unit(), k.weight().value(), MeasureBody.of(k.measure()),
                sourceType(k.source()), boundKpi(k.source(), page.kpiFormats(), decisions), k.version(),
                ProgressBody.of(status.progress()), status.pace(),
                status.latestCheckIn() == null ? null : CheckInResponse.of(status.latestCheckIn()),
                status.latestConfidence(), forecast(status.forecast()),
                sparkline(k.measure(), page.overview().snapshot().checkInsOf(k.id())), status.initiativeCount(),
                decisions.canEdit(k), decisions.canCheckIn(k), false, decisions.name(k.owner()),
                decisions.canRefresh(k));
    }

    /** How the bound KPI shows its values; {@code null} for other sources and for a KPI without format (deleted). */
    private static ProjectPageResponse.BoundKpi boundKpi(ValueSource source,
            Map<KpiId, KpiValueFormat> kpiFormats, Decisions decisions) {
        if (!(source instanceof ValueSource.Kpi bound)) {
            return null;
        }
        KpiValueFormat format = kpiFormats.get(bound.kpiId());
        return format == null ? null : new ProjectPageResponse.BoundKpi(format.kpiId().value(), format.format(),
                format.unit(), decisions.kpiName(bound.kpiId()));
    }

    /**
     * The values of the check-ins, oldest first, one per effective date (the day's last): numbers for METRIC,
     * THRESHOLD and ISSUES, the fraction done for MILESTONE.
     */
    static List<ProjectPageResponse.Point> sparkline(Measure measure, List<CheckIn> chronological) {
        Map<LocalDate, Double> byDay = new LinkedHashMap<>();
        for (CheckIn checkIn : chronological) {
            Double value = checkIn.numericValue();
            if (measure instanceof Measure.Milestone milestone
                    && checkIn.value() instanceof CheckInValue.MilestoneStates states) {
                value = KeyResultProgress.milestone(milestone, states.done()).unclamped();
            }
            if (value != null) {
                byDay.remove(checkIn.effectiveDate());
                byDay.put(checkIn.effectiveDate(), value);
            }
        }
        List<ProjectPageResponse.Point> points = new ArrayList<>();
        byDay.forEach((date, value) -> points.add(new ProjectPageResponse.Point(date, value)));
        points.sort(Comparator.comparing(ProjectPageResponse.Point::date));
        return points;
    }

    private static ProjectPageResponse.ForecastBody forecast(ProgressForecast forecast) {
        if (forecast == null) {
            return null;
        }
        return new ProjectPageResponse.ForecastBody(forecast.values().at(), forecast.values().value(),
                forecast.values().lower(), forecast.values().upper(), forecast.values().points(),
                ProgressBody.of(forecast.expected()), ProgressBody.of(forecast.lower()),
                ProgressBody.of(forecast.upper()));
    }

    private static ValueSourceType sourceType(ValueSource source) {
        return switch (source) {
            case ValueSource.Manual m -> ValueSourceType.MANUAL;
            case ValueSource.Kpi k -> ValueSourceType.KPI;
            case ValueSource.Jql j -> ValueSourceType.JQL;
        };
    }
}
