package dev.waypoint.jira.rest.keyresult;

/**
 * The body of {@code POST /key-results} and {@code PUT /key-results/{id}}. An update replaces every field (the
 * objective stays).
 *
 * @param objectiveId create only, required there
 * @param title       required, 1-255 characters, one line
 * @param owner       optional user key
 * @param weight      optional, &gt; 0, default 1
 * @param unit        optional, at most 32 characters
 * @param measure     required
 * @param source      optional, default MANUAL
 * @param version     update only, required there: the version you read
 */
public record KeyResultRequest(Long objectiveId, String title, String owner, Double weight, String unit,
        MeasureBody measure, SourceBody source, Long version) {
}
