package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names of DURATION KPIs are date fields Jira knows: the system dates and date or date-time custom fields. */
class JiraDateFieldsTest {

    private final CustomFieldManager manager = mock(CustomFieldManager.class);
    private final JiraDateFields dates = new JiraDateFields(new JiraCustomFields(manager));

    private static CustomField field(String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType type = typeKey == null ? null : mock(CustomFieldType.class);
        if (type != null) {
            when(type.getKey()).thenReturn(typeKey);
        }
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    @ParameterizedTest
    @ValueSource(strings = {"created", "Created", "createdDate", "updated", "resolutiondate", "resolved", "duedate",
            "due"})
    void givenSystemDateField_asking_isADateFieldWithoutLookingUpCustomFields(String name) {
        assertThat(dates.isDateField(name)).isTrue();
        verify(manager, never()).getCustomFieldObjectsByName(anyString());
    }

    @Test
    void givenDateAndDateTimeCustomFields_asking_isADateFieldByNameOrId() {
        CustomField dateTime = field(JiraDateFields.DATE_TIME);
        CustomField datePicker = field(JiraDateFields.DATE_PICKER);
        when(manager.getCustomFieldObjectsByName("First response")).thenReturn(List.of(dateTime));
        when(manager.getCustomFieldObject("customfield_10020")).thenReturn(datePicker);

        assertThat(dates.isDateField("First response")).isTrue();
        assertThat(dates.isDateField("cf[10020]")).isTrue();
    }

    @Test
    void givenCustomFieldsOfOtherTypesOrWithoutType_asking_isNoDateField() {
        List<CustomField> notDates = List.of(field("com.atlassian.jira.plugin.system.customfieldtypes:float"),
                field(null));
        when(manager.getCustomFieldObjectsByName("Story Points")).thenReturn(notDates);

        assertThat(dates.isDateField("Story Points")).isFalse();
        assertThat(dates.isDateField("Nothing")).isFalse();
        assertThat(dates.isDateField("summary")).isFalse();
    }

    @Test
    void givenSeveralFieldsOfOneNameOfWhichOneIsADate_asking_isADateField() {
        List<CustomField> launch = List.of(field("com.atlassian.jira.plugin.system.customfieldtypes:textfield"),
                field(JiraDateFields.DATE_PICKER));
        when(manager.getCustomFieldObjectsByName("Launch")).thenReturn(launch);

        assertThat(dates.isDateField("Target date")).isFalse();
        assertThat(dates.isDateField("Launch")).isTrue();
    }
}
