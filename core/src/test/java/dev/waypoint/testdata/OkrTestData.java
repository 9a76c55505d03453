package dev.waypoint.testdata;

import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Test data for the OKR features: a fixed clock, people, projects, and builders with valid defaults for every entity
 * (change only what a test is about). Shared with jira-plugin through core's test-jar.
 */
public final class OkrTestData {

    /** "Today" of every test: 15 February 2026, inside the default cycle Q1 2026. */
    public static final LocalDate TODAY = LocalDate.of(2026, 2, 15);
    public static final Instant NOW = Instant.parse("2026-02-15T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    public static final UserKey ALICE = new UserKey("alice");
    public static final UserKey BOB = new UserKey("bob");
    public static final ProjectKey SUPPORT = new ProjectKey("SUP");
    public static final ProjectKey OPERATIONS = new ProjectKey("OPS");

    private OkrTestData() {
    }

    /** Q1 2026, ACTIVE, not stored. */
    public static CycleBuilder aCycle() {
        return new CycleBuilder();
    }

    /** A TEAM objective of project SUP owned by Alice, ACTIVE, not stored. */
    public static ObjectiveBuilder anObjective(CycleId cycleId) {
        return new ObjectiveBuilder(cycleId);
    }

    /** A MANUAL METRIC key result 0 → 10 owned by Alice, not stored. */
    public static KeyResultBuilder aKeyResult(ObjectiveId objectiveId) {
        return new KeyResultBuilder(objectiveId);
    }

    /** A MANUAL check-in of value 5 by Alice, effective today, not stored. */
    public static CheckInBuilder aCheckIn(KeyResultId keyResultId) {
        return new CheckInBuilder(keyResultId).value(CheckInValue.of(5));
    }

    /** A link to issue {@code issueId} made by Alice now, not stored. */
    public static Initiative anInitiative(KeyResultId keyResultId, long issueId) {
        return new Initiative(null, keyResultId, new IssueId(issueId), ALICE, NOW);
    }

    /** Commands with valid defaults for objectives. */
    public static ObjectiveCommandBuilder objectiveCommand(CycleId cycleId) {
        return new ObjectiveCommandBuilder(cycleId);
    }

    /** Commands with valid defaults for key results: MANUAL METRIC 0 → 10. */
    public static KeyResultCommandBuilder keyResultCommand() {
        return new KeyResultCommandBuilder();
    }

    /** "x" repeated {@code length} times. */
    public static String text(int length) {
        return "x".repeat(length);
    }
}
