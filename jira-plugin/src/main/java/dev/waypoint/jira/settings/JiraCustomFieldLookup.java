package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.jira.search.JiraCustomFields;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** {@link CustomFieldLookup} over Jira's custom fields, found as the refresh job finds the story-point field. */
@Component
public class JiraCustomFieldLookup implements CustomFieldLookup {

    private final JiraCustomFields fields;

    @Inject
    public JiraCustomFieldLookup(JiraCustomFields fields) {
        this.fields = fields;
    }

    @Override
    public boolean exists(String idOrName) {
        return !fields.find(idOrName).isEmpty();
    }
}
