package dev.waypoint.refresh;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.scoring.IssueMetrics;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums the facts of an ISSUES key result's linked issues into {@link IssueMetrics}. Pure.
 *
 * <p>An epic counts with its children (DESIGN §3): an epic that has children is represented by them (so an
 * unestimated epic does not count as unestimated work when its stories are estimated); an epic without children
 * counts as an issue itself. An issue reached twice (linked directly and through its epic) counts once.
 */
public final class LinkedIssueMetrics {

    private LinkedIssueMetrics() {
    }

    /**
     * @param linked          the facts of the linked issues
     * @param childrenByEpic  the children of each linked epic, by the epic's issue id
     */
    public static IssueMetrics of(Collection<IssueFacts> linked, Map<IssueId, List<IssueFacts>> childrenByEpic) {
        Map<IssueId, IssueFacts> issues = new LinkedHashMap<>();
        for (IssueFacts facts : linked) {
            List<IssueFacts> children = childrenByEpic.getOrDefault(facts.id(), List.of());
            if (facts.epic() && !children.isEmpty()) {
                children.forEach(child -> issues.putIfAbsent(child.id(), child));
            } else {
                issues.putIfAbsent(facts.id(), facts);
            }
        }
        int toDo = 0;
        int inProgress = 0;
        int done = 0;
        int unestimated = 0;
        double donePoints = 0;
        double totalPoints = 0;
        long spent = 0;
        long remaining = 0;
        for (IssueFacts facts : issues.values()) {
            switch (facts.statusCategory()) {
                case TO_DO -> toDo++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> done++;
            }
            if (facts.storyPoints() == null) {
                unestimated++;
            } else {
                totalPoints += facts.storyPoints();
                if (facts.statusCategory() == StatusCategory.DONE) {
                    donePoints += facts.storyPoints();
                }
            }
            spent += facts.secondsSpent();
            remaining += facts.secondsRemaining();
        }
        return new IssueMetrics(toDo, inProgress, done, donePoints, totalPoints, unestimated, spent, remaining);
    }
}
