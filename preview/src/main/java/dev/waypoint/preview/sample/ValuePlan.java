package dev.waypoint.preview.sample;

import java.util.List;

/**
 * How a key result's weekly manual check-ins go: a numeric value moving from {@code from} to {@code to} over the
 * quarter with some noise (rounded to whole numbers when {@code wholeNumbers}), or milestones done in given weeks;
 * check-ins stop after {@code lastWeek} (an owner who went quiet). Key results whose values come from a KPI, JQL or
 * linked issues have no plan ({@link #NONE}).
 *
 * @param doneInWeek for a MILESTONE key result: the week each milestone is done (one entry for a plain one);
 *                   {@link #NEVER} for not done
 * @param confidence the confidence given with each check-in (varied by one either way)
 */
record ValuePlan(Double from, Double to, double noise, boolean wholeNumbers, List<Integer> doneInWeek, int confidence,
        int lastWeek) {

    static final int NEVER = Integer.MAX_VALUE;
    static final int ALL_WEEKS = Integer.MAX_VALUE;
    static final ValuePlan NONE = new ValuePlan(null, null, 0, false, List.of(), 0, 0);

    ValuePlan {
        doneInWeek = List.copyOf(doneInWeek);
    }

    static ValuePlan numbers(double from, double to, double noise, int confidence) {
        return new ValuePlan(from, to, noise, false, List.of(), confidence, ALL_WEEKS);
    }

    static ValuePlan milestones(int confidence, Integer... doneInWeek) {
        return new ValuePlan(null, null, 0, false, List.of(doneInWeek), confidence, ALL_WEEKS);
    }

    /** Values rounded to whole numbers (counts). */
    ValuePlan whole() {
        return new ValuePlan(from, to, noise, true, doneInWeek, confidence, lastWeek);
    }

    ValuePlan stoppingAfter(int week) {
        return new ValuePlan(from, to, noise, wholeNumbers, doneInWeek, confidence, week);
    }

    boolean isNumeric() {
        return from != null;
    }

    boolean hasCheckIns() {
        return isNumeric() || !doneInWeek.isEmpty();
    }

    /** The milestone states in {@code week}. */
    List<Boolean> statesIn(int week) {
        return doneInWeek.stream().map(done -> done <= week).toList();
    }
}
