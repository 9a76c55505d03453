package dev.waypoint.ao.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the real Active Objects library (net.java.ao 6.1.1, not a mock) works here on HSQLDB through Jira's
 * {@code ActiveObjects} interface: schema migration, Atlassian naming, relations, queries, transactions and the
 * 30-character limit.
 */
class RealActiveObjectsTest {

    private static final String NAMESPACE = "dev.waypoint.test";

    @Table("GOAL")
    public interface Goal extends Entity {
        @NotNull
        String getTitle();

        void setTitle(String title);

        String getProjectKey();

        void setProjectKey(String projectKey);

        @OneToMany(reverse = "getGoal")
        Step[] getSteps();
    }

    @Table("GOAL_STEP")
    public interface Step extends Entity {
        @Indexed
        Goal getGoal();

        void setGoal(Goal goal);

        double getWeight();

        void setWeight(double weight);
    }

    /** 31 characters once prefixed: AO_xxxxxx_ (10) + 21. */
    @Table("ABCDEFGHIJKLMNOPQRSTU")
    public interface TooLong extends Entity {
        String getName();

        void setName(String name);
    }

    private EmbeddedActiveObjects ao;

    @BeforeEach
    void migrate() {
        ao = EmbeddedActiveObjects.inMemory(NAMESPACE);
        ao.migrate(Goal.class, Step.class);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void givenNamespace_migrating_createsTablesWithJirasPrefixAndUpperUnderscoreNames() {
        assertThat(ao.tablePrefix()).isEqualTo(TablePrefixes.forNamespace(NAMESPACE)).matches("AO_[0-9A-F]{6}");
        assertThat(ao.entityManager().getTableNameConverter().getName(Step.class))
                .isEqualTo(ao.tablePrefix() + "_GOAL_STEP");
        assertThat(ao.moduleMetaData().isTablePresent(Goal.class)).isTrue();
        assertThat(ao.moduleMetaData().isTablePresent(Step.class)).isTrue();
    }

    @Test
    void givenKnownKey_computingPrefix_isLastSixHexCharactersOfMd5UpperCase() {
        // md5("abc") = 900150983cd24fb0d6963f7d28e17f72 (RFC 1321, appendix A.5)
        assertThat(TablePrefixes.forNamespace("abc")).isEqualTo("AO_E17F72");
    }

    @Test
    void givenRows_findingWithWhereClauseOnColumnNames_returnsMatchingRowsOnly() {
        ao.create(Goal.class, new DBParam("TITLE", "Faster support"), new DBParam("PROJECT_KEY", "SUP"));
        ao.create(Goal.class, new DBParam("TITLE", "Ship mobile"), new DBParam("PROJECT_KEY", "MOB"));

        Goal[] found = ao.find(Goal.class, Query.select().where("PROJECT_KEY = ?", "SUP"));

        assertThat(found).extracting(Goal::getTitle).containsExactly("Faster support");
    }

    @Test
    void givenStepsOfGoal_readingOneToMany_returnsThem() {
        Goal goal = ao.create(Goal.class, new DBParam("TITLE", "Faster support"));
        ao.create(Step.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("WEIGHT", 2.0));
        ao.create(Step.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("WEIGHT", 3.0));

        Goal reloaded = ao.get(Goal.class, goal.getID());

        assertThat(reloaded.getSteps()).extracting(Step::getWeight).containsExactlyInAnyOrder(2.0, 3.0);
        assertThat(reloaded.getSteps()[0].getGoal().getID()).isEqualTo(goal.getID());
    }

    @Test
    void givenSavedChange_reading_seesIt() {
        Goal goal = ao.create(Goal.class, new DBParam("TITLE", "Draft"));
        goal.setTitle("Final");
        goal.save();

        assertThat(ao.get(Goal.class, goal.getID()).getTitle()).isEqualTo("Final");
    }

    @Test
    void givenRow_deleting_removesIt() {
        Goal goal = ao.create(Goal.class, new DBParam("TITLE", "Temporary"));

        ao.delete(goal);

        assertThat(ao.count(Goal.class)).isZero();
    }

    @Test
    void givenRows_deletingWithSql_removesMatchingRowsOnly() {
        ao.create(Goal.class, new DBParam("TITLE", "a"), new DBParam("PROJECT_KEY", "SUP"));
        ao.create(Goal.class, new DBParam("TITLE", "b"), new DBParam("PROJECT_KEY", "MOB"));

        int deleted = ao.deleteWithSQL(Goal.class, "PROJECT_KEY = ?", "SUP");

        assertThat(deleted).isEqualTo(1);
        assertThat(ao.count(Goal.class)).isEqualTo(1);
    }

    @Test
    void givenTransactionThatThrows_executing_rollsBackEveryRow() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            Goal goal = ao.create(Goal.class, new DBParam("TITLE", "Never stored"));
            ao.create(Step.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("WEIGHT", 1.0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(Goal.class)).isZero();
        assertThat(ao.count(Step.class)).isZero();
    }

    @Test
    void givenTransactionThatSucceeds_executing_commitsAndReturnsResult() {
        int id = ao.executeInTransaction(() -> {
            Goal goal = ao.create(Goal.class, new DBParam("TITLE", "Kept"));
            ao.create(Step.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("WEIGHT", 1.0));
            return goal.getID();
        });

        assertThat(ao.get(Goal.class, id).getTitle()).isEqualTo("Kept");
        assertThat(ao.count(Step.class)).isEqualTo(1);
    }

    @Test
    void givenNestedTransactionThatThrows_executing_rollsBackTheOuterWorkToo() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(Goal.class, new DBParam("TITLE", "outer"));
            return ao.executeInTransaction(() -> {
                ao.create(Goal.class, new DBParam("TITLE", "inner"));
                throw new IllegalArgumentException("inner failed");
            });
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(ao.count(Goal.class)).isZero();
    }

    @Test
    void givenEntityNameOverThirtyCharactersWithPrefix_migrating_isRejected() {
        assertThatThrownBy(() -> ao.migrate(TooLong.class)).hasMessageContaining("ABCDEFGHIJKLMNOPQRSTU");
    }

    @Test
    void givenFileDatabase_reopening_keepsRows(@TempDir Path directory) {
        try (EmbeddedActiveObjects first = EmbeddedActiveObjects.file(directory, NAMESPACE)) {
            first.migrate(Goal.class, Step.class);
            first.create(Goal.class, new DBParam("TITLE", "Survives restarts"));
        }

        try (EmbeddedActiveObjects second = EmbeddedActiveObjects.file(directory, NAMESPACE)) {
            second.migrate(Goal.class, Step.class);
            assertThat(second.find(Goal.class)).extracting(Goal::getTitle).containsExactly("Survives restarts");
        }
    }
}
