package dev.waypoint.jira.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.waypoint.issue.IssueId;
import dev.waypoint.kpi.search.IssueFacts;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link IssueFacts} of the issues of one sample: resolves the asked date fields and the story-point field
 * once ({@link #forSample}), then maps each issue with the returned {@link Mapper}, a pure function of the issue.
 *
 * <ul>
 *   <li>dates, by the name they were asked with: {@code created} ({@code createdDate}), {@code updated}
 *       ({@code updatedDate}), {@code resolutiondate} ({@code resolved}, {@code resolutionDate}), {@code duedate}
 *       ({@code due}), case-insensitive, from the issue's getters; any other name is a custom field (see
 *       {@link JiraCustomFields}) whose value counts when it is a {@link Date} (Jira's date and date-time pickers
 *       hold {@code java.sql.Timestamp}). A field without a value, or unknown, is absent.</li>
 *   <li>story points: the number held by the field {@link StoryPointFieldSetting} names (the first field of that
 *       name holding a number); {@code null} (unestimated) when empty, not a finite number, negative, or when no
 *       such field exists.</li>
 *   <li>time spent and remaining estimate: {@code getTimeSpent()} and {@code getEstimate()}, in seconds, 0 when
 *       empty.</li>
 *   <li>epic: the issue type is named {@value #EPIC} (ignoring case): Jira Software's epic type. ASSUMED: the type has
 *       not been renamed; Jira Software's own epic-type lookup is not public API.</li>
 *   <li>status category: {@link StatusCategories}; assignee: {@link Agents}.</li>
 * </ul>
 */
@Component
public class IssueFactsReader {

    static final String EPIC = "Epic";

    private static final Map<String, Function<Issue, Date>> SYSTEM_DATES = Map.of(
            "created", Issue::getCreated,
            "createddate", Issue::getCreated,
            "updated", Issue::getUpdated,
            "updateddate", Issue::getUpdated,
            "resolutiondate", Issue::getResolutionDate,
            "resolved", Issue::getResolutionDate,
            "duedate", Issue::getDueDate,
            "due", Issue::getDueDate);

    private final JiraCustomFields customFields;
    private final StoryPointFieldSetting storyPointField;

    /** Whether {@code name} is one of the system date fields read from the issue's getters (see the class comment). */
    static boolean isSystemDate(String name) {
        return SYSTEM_DATES.containsKey(JiraCustomFields.normalized(name));
    }

    @Inject
    public IssueFactsReader(JiraCustomFields customFields, StoryPointFieldSetting storyPointField) {
        this.customFields = customFields;
        this.storyPointField = storyPointField;
    }

    /** Resolves the fields of one sample (a few lookups, whatever the number of issues). */
    public Mapper forSample(Set<String> dateFields) {
        Objects.requireNonNull(dateFields, "'dateFields' must not be null");
        Map<String, Function<Issue, Instant>> dates = new LinkedHashMap<>();
        for (String name : dateFields) {
            dates.put(name, dateReader(name));
        }
        return new Mapper(dates, customFields.find(storyPointField.current()));
    }

    private Function<Issue, Instant> dateReader(String name) {
        Function<Issue, Date> system = SYSTEM_DATES.get(JiraCustomFields.normalized(name));
        if (system != null) {
            return issue -> instant(system.apply(issue));
        }
        List<CustomField> fields = customFields.find(name);
        return issue -> {
            for (CustomField field : fields) {
                if (issue.getCustomFieldValue(field) instanceof Date date) {
                    return instant(date);
                }
            }
            return null;
        };
    }

    /** {@code getTime()}, not {@code toInstant()}: {@code java.sql.Date#toInstant()} throws. */
    private static Instant instant(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime());
    }

    /** The facts of one issue, with the fields of one sample resolved. Pure. */
    public static final class Mapper {

        private final Map<String, Function<Issue, Instant>> dates;
        private final List<CustomField> storyPointFields;

        Mapper(Map<String, Function<Issue, Instant>> dates, List<CustomField> storyPointFields) {
            this.dates = Map.copyOf(dates);
            this.storyPointFields = List.copyOf(storyPointFields);
        }

        public IssueFacts map(Issue issue) {
            Map<String, Instant> values = new LinkedHashMap<>();
            dates.forEach((name, reader) -> {
                Instant value = reader.apply(issue);
                if (value != null) {
                    values.put(name, value);
                }
            });
            return new IssueFacts(new IssueId(issue.getId()), issue.getKey(),
                    Agents.of(issue.getAssignee()).orElse(null), StatusCategories.of(issue.getStatus()), values,
                    storyPoints(issue), seconds(issue.getTimeSpent()), seconds(issue.getEstimate()), isEpic(issue));
        }

        private Double storyPoints(Issue issue) {
            for (CustomField field : storyPointFields) {
                if (issue.getCustomFieldValue(field) instanceof Number number) {
                    double points = number.doubleValue();
                    return Double.isFinite(points) && points >= 0 ? points : null;
                }
            }
            return null;
        }

        private static long seconds(Long value) {
            return value == null || value < 0 ? 0 : value;
        }

        private static boolean isEpic(Issue issue) {
            IssueType type = issue.getIssueType();
            return type != null && EPIC.equalsIgnoreCase(type.getName());
        }
    }
}
