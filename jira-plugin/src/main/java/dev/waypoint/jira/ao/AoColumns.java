package dev.waypoint.jira.ao;

/**
 * Column lists for {@link com.atlassian.activeobjects.external.ActiveObjects#stream}, which reads only the columns a
 * query names. The company page's bulk reads leave out what it never shows (an objective's description, a check-in's
 * comment), so 100,000 rows do not drag their CLOBs along.
 */
final class AoColumns {

    /** Every column of {@link AoObjective} but DESCRIPTION. */
    static final String OBJECTIVE = "ID, CYCLE_ID, TITLE, OBJ_LEVEL, KIND, COMMITMENT, OWNER_KEY, PROJECT_KEY, PARENT_ID,"
            + " CONTRIBUTES, WEIGHT, ALIGNED_KPIS, STATE, GRADE, GRADE_NOTE, VERSION";

    /** Every column of {@link AoKeyResult}. */
    static final String KEY_RESULT = "ID, OBJECTIVE_ID, TITLE, OWNER_KEY, WEIGHT, UNIT, MEASURE_TYPE, BASELINE, TARGET,"
            + " MIN_VALUE, MAX_VALUE, TOLERANCE, JUDGEMENT, MILESTONES, ISSUES_MODE, ISSUES_SCOPE, FROZEN_TOTAL,"
            + " SOURCE_TYPE, SOURCE_KPI_ID, SOURCE_JQL, VERSION";

    /** Every column of {@link AoCheckIn} but COMMENT_TEXT. */
    static final String CHECK_IN = "ID, KEY_RESULT_ID, NUMERIC_VALUE, DONE_STATES, CONFIDENCE, AUTHOR_KEY, ORIGIN,"
            + " CREATED_AT, EFFECTIVE_DATE";

    private AoColumns() {
    }
}
