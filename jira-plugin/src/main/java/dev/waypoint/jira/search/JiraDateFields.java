package dev.waypoint.jira.search;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import dev.waypoint.kpi.search.DateFields;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Core's {@link DateFields} on Jira: the system date fields the refresh job reads from the issue's getters
 * ({@link IssueFactsReader}: created, updated, resolutiondate, duedate and their JQL aliases), and custom fields
 * ({@link JiraCustomFields}: by id, {@code cf[n]} or name) of Jira's date-picker or date-time type. Several fields may
 * share a name; the name is a date field when one of them is, as the refresh job reads the first that holds a date.
 *
 * <p>The type keys are the complete keys of the modules {@code datepicker} and {@code datetime} of Jira's system
 * plugin {@code com.atlassian.jira.plugin.system.customfieldtypes} (cited in the stub of {@link CustomFieldType}).
 */
@Component
public class JiraDateFields implements DateFields {

    static final String DATE_PICKER = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    static final String DATE_TIME = "com.atlassian.jira.plugin.system.customfieldtypes:datetime";
    private static final Set<String> DATE_TYPES = Set.of(DATE_PICKER, DATE_TIME);

    private final JiraCustomFields customFields;

    @Inject
    public JiraDateFields(JiraCustomFields customFields) {
        this.customFields = Objects.requireNonNull(customFields, "'customFields' must not be null");
    }

    @Override
    public boolean isDateField(String name) {
        Objects.requireNonNull(name, "'name' must not be null");
        if (IssueFactsReader.isSystemDate(name)) {
            return true;
        }
        return customFields.find(name).stream().anyMatch(JiraDateFields::isDate);
    }

    private static boolean isDate(CustomField field) {
        CustomFieldType type = field.getCustomFieldType();
        return type != null && DATE_TYPES.contains(type.getKey());
    }
}
