package dev.waypoint.jira.search;

import static dev.waypoint.jira.search.SearchMocks.issue;
import static dev.waypoint.jira.search.SearchMocks.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.shared.UserKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueFactsReaderTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-01-06T15:30:00Z");
    private static final Instant UPDATED = Instant.parse("2026-01-07T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-01-31T00:00:00Z");
    private static final Instant FIRST_RESPONSE = Instant.parse("2026-01-05T10:15:00Z");

    private final SearchMocks jira = new SearchMocks();
    private final IssueFactsReader reader = jira.factsReader;

    private CustomField customField(String id, String name) {
        CustomField field = mock(CustomField.class, id);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(jira.customFieldManager.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    private IssueFacts map(Issue issue, String... dateFields) {
        return reader.forSample(Set.of(dateFields)).map(issue);
    }

    @Test
    void givenAnIssue_mapping_readsIdKeyAndNothingElseByDefault() {
        IssueFacts facts = map(issue(10_001, "SUP-1"));

        assertThat(facts).isEqualTo(new IssueFacts(new IssueId(10_001), "SUP-1", null, StatusCategory.TO_DO, Map.of(),
                null, 0, 0, false));
    }

    @Nested
    class Dates {

        @Test
        void givenSystemDateFields_mapping_readsEachFromItsGetterByTheNameItWasAskedWith() {
            Issue issue = issue(1, "SUP-1");
            when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
            when(issue.getResolutionDate()).thenReturn(Timestamp.from(RESOLVED));
            when(issue.getUpdated()).thenReturn(Timestamp.from(UPDATED));
            when(issue.getDueDate()).thenReturn(Timestamp.from(DUE));

            IssueFacts facts = map(issue, "created", "Resolved", "resolutiondate", "updated", " duedate ");

            assertThat(facts.dates()).containsOnly(Map.entry("created", CREATED), Map.entry("Resolved", RESOLVED),
                    Map.entry("resolutiondate", RESOLVED), Map.entry("updated", UPDATED),
                    Map.entry(" duedate ", DUE));
        }

        @Test
        void givenACustomDateFieldById_mapping_readsItsTimestampInBothIdForms() {
            CustomField firstResponse = customField("customfield_10010", "First response");
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(firstResponse)).thenReturn(Timestamp.from(FIRST_RESPONSE));

            IssueFacts facts = map(issue, "customfield_10010", "cf[10010]");

            assertThat(facts.dates()).containsOnly(Map.entry("customfield_10010", FIRST_RESPONSE),
                    Map.entry("cf[10010]", FIRST_RESPONSE));
        }

        @Test
        void givenTwoCustomFieldsOfTheAskedName_mapping_readsTheFirstOneHoldingADate() {
            CustomField text = customField("customfield_1", "First response");
            CustomField date = customField("customfield_2", "First response");
            when(jira.customFieldManager.getCustomFieldObjectsByName("First response")).thenReturn(List.of(text, date));
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(text)).thenReturn("soon");
            when(issue.getCustomFieldValue(date)).thenReturn(new Date(FIRST_RESPONSE.toEpochMilli()));

            IssueFacts facts = map(issue, "First response");

            assertThat(facts.dates()).containsOnly(Map.entry("First response", FIRST_RESPONSE));
        }

        @Test
        void givenAJavaSqlDateValue_mapping_readsItWithoutToInstant() {
            CustomField day = customField("customfield_3", "Go-live");
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(day)).thenReturn(new java.sql.Date(DUE.toEpochMilli()));

            IssueFacts facts = map(issue, "customfield_3");

            assertThat(facts.dates()).containsOnly(Map.entry("customfield_3", DUE));
        }

        @Test
        void givenEmptyOrUnknownOrNonDateFields_mapping_leavesThemOut() {
            CustomField text = customField("customfield_4", "Notes");
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(text)).thenReturn("2026-01-01");

            IssueFacts facts = map(issue, "resolutiondate", "customfield_4", "customfield_999", "No such field");

            assertThat(facts.dates()).isEmpty();
        }

        @Test
        void givenManyIssues_mapping_looksEachFieldUpOncePerSample() {
            customField("customfield_10010", "First response");
            IssueFactsReader.Mapper mapper = reader.forSample(Set.of("customfield_10010"));

            for (int i = 1; i <= 50; i++) {
                mapper.map(issue(i, "SUP-" + i));
            }

            verify(jira.customFieldManager, times(1)).getCustomFieldObject("customfield_10010");
            verify(jira.settings, times(1)).get(StoryPointFieldSetting.KEY);
        }
    }

    @Nested
    class StoryPoints {

        @Test
        void givenTheDefaultField_mapping_readsItsNumberByName() {
            CustomField points = customField("customfield_10002", "Story Points");
            when(jira.customFieldManager.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(points));
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(points)).thenReturn(5.0);

            assertThat(map(issue).storyPoints()).isEqualTo(5.0);
        }

        @Test
        void givenAFieldConfiguredById_mapping_readsThatField() {
            when(jira.settings.get(StoryPointFieldSetting.KEY)).thenReturn("customfield_10106");
            CustomField estimate = customField("customfield_10106", "Estimate");
            Issue issue = issue(1, "SUP-1");
            when(issue.getCustomFieldValue(estimate)).thenReturn(8L);

            assertThat(map(issue).storyPoints()).isEqualTo(8.0);
        }

        @Test
        void givenNoValueOrNoNumberOrANegativeOrNaN_mapping_isUnestimated() {
            CustomField points = customField("customfield_10002", "Story Points");
            when(jira.customFieldManager.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(points));
            Issue empty = issue(1, "SUP-1");
            Issue text = issue(2, "SUP-2");
            when(text.getCustomFieldValue(points)).thenReturn("five");
            Issue negative = issue(3, "SUP-3");
            when(negative.getCustomFieldValue(points)).thenReturn(-1.0);
            Issue nan = issue(4, "SUP-4");
            when(nan.getCustomFieldValue(points)).thenReturn(Double.NaN);

            assertThat(List.of(empty, text, negative, nan)).extracting(issue -> map(issue).storyPoints())
                    .containsOnlyNulls();
        }

        @Test
        void givenNoFieldOfTheConfiguredName_mapping_isUnestimated() {
            Issue issue = issue(1, "SUP-1");

            assertThat(map(issue).storyPoints()).isNull();
        }
    }

    @Test
    void givenTimeTracking_mapping_readsSecondsSpentAndRemainingEstimate() {
        Issue tracked = issue(1, "SUP-1");
        when(tracked.getTimeSpent()).thenReturn(7_200L);
        when(tracked.getEstimate()).thenReturn(3_600L);
        Issue untracked = issue(2, "SUP-2");

        IssueFacts trackedFacts = map(tracked);
        IssueFacts untrackedFacts = map(untracked);

        assertThat(trackedFacts.secondsSpent()).isEqualTo(7_200L);
        assertThat(trackedFacts.secondsRemaining()).isEqualTo(3_600L);
        assertThat(untrackedFacts.secondsSpent()).isZero();
        assertThat(untrackedFacts.secondsRemaining()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"Epic, true", "epic, true", "Story, false", "Epic Task, false"})
    void givenAnIssueType_mapping_flagsOnlyEpics(String typeName, boolean epic) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(typeName);
        Issue issue = issue(1, "SUP-1");
        when(issue.getIssueType()).thenReturn(type);

        assertThat(map(issue).epic()).isEqualTo(epic);
    }

    @Test
    void givenNoStatusOrNoCategory_mapping_countsAsToDo() {
        Status uncategorised = mock(Status.class);
        Issue withoutStatus = issue(1, "SUP-1");
        Issue withoutCategory = issue(2, "SUP-2");
        when(withoutCategory.getStatus()).thenReturn(uncategorised);

        assertThat(List.of(withoutStatus, withoutCategory)).extracting(issue -> map(issue).statusCategory())
                .containsOnly(StatusCategory.TO_DO);
    }

    @ParameterizedTest
    @CsvSource({"new, TO_DO", "indeterminate, IN_PROGRESS", "done, DONE", "undefined, TO_DO", "other, TO_DO"})
    void givenAStatusCategoryKey_mapping_givesWaypointsCategory(String key, StatusCategory expected) {
        Status status = status(key);
        Issue issue = issue(1, "SUP-1");
        when(issue.getStatus()).thenReturn(status);

        assertThat(map(issue).statusCategory()).isEqualTo(expected);
    }

    @Test
    void givenAnAssignee_mapping_readsTheUserKeyAndTheUserNameJqlResolves() {
        ApplicationUser assignee = SearchMocks.applicationUser("JIRAUSER10100", "jsmith", true);
        Issue issue = issue(1, "SUP-1");
        when(issue.getAssignee()).thenReturn(assignee);

        assertThat(map(issue).assignee()).isEqualTo(new Agent(new UserKey("JIRAUSER10100"), "jsmith"));
    }
}
