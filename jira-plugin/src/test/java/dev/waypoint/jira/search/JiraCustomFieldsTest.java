package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraCustomFieldsTest {

    private final CustomFieldManager manager = mock(CustomFieldManager.class);
    private final JiraCustomFields fields = new JiraCustomFields(manager);

    @Test
    void givenTheTwoIdForms_finding_looksTheFieldUpByIdNotByName() {
        CustomField field = mock(CustomField.class);
        when(manager.getCustomFieldObject("customfield_10010")).thenReturn(field);

        assertThat(fields.find("customfield_10010")).containsExactly(field);
        assertThat(fields.find(" CF[10010] ")).containsExactly(field);
        verify(manager, never()).getCustomFieldObjectsByName(anyString());
    }

    @Test
    void givenAName_finding_returnsEveryFieldOfThatName() {
        CustomField first = mock(CustomField.class);
        CustomField second = mock(CustomField.class);
        when(manager.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(first, second));

        assertThat(fields.find(" Story Points ")).containsExactly(first, second);
    }

    @Test
    void givenAnUnknownIdOrName_finding_isEmpty() {
        assertThat(fields.find("customfield_1")).isEmpty();
        assertThat(fields.find("Nothing")).isEmpty();
    }
}
