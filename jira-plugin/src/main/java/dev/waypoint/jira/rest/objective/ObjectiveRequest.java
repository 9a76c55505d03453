package dev.waypoint.jira.rest.objective;

import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import java.util.List;

/**
 * The body of {@code POST /objectives} and {@code PUT /objectives/{id}}: every editable field of an objective
 * (DESIGN §3). An update replaces every field, so send back what you read with your changes.
 *
 * @param cycleId             required
 * @param title               required, 1-255 characters, one line
 * @param description         optional, at most 10,000 characters
 * @param level               required: COMPANY, TEAM or INDIVIDUAL
 * @param kind                optional: BUILD, IMPROVE or INNOVATE
 * @param commitment          optional: COMMITTED (default) or ASPIRATIONAL
 * @param owner               optional user key
 * @param project             project key: required for TEAM, optional for INDIVIDUAL, absent for COMPANY
 * @param parentId            optional: the objective this one aligns to
 * @param contributesToParent optional, default true
 * @param weight              optional, &gt; 0, default 1
 * @param alignedKpis         optional KPI ids
 * @param state               optional: DRAFT or ACTIVE (create, default ACTIVE); DRAFT, ACTIVE or ABANDONED (update)
 * @param version             update only, required there: the version you read
 */
public record ObjectiveRequest(Long cycleId, String title, String description, ObjectiveLevel level,
        ObjectiveKind kind, Commitment commitment, String owner, String project, Long parentId,
        Boolean contributesToParent, Double weight, List<Long> alignedKpis, ObjectiveState state, Long version) {
}
