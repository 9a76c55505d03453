package dev.waypoint.jira.search;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds custom fields the way a JQL author names them: by id ({@code customfield_10010}), by JQL's id form
 * ({@code cf[10010]}), or by name ({@code Story Points}; several fields may share a name, and all are returned, in
 * Jira's order).
 */
@Component
public class JiraCustomFields {

    private static final Pattern ID = Pattern.compile("(?i)customfield_(\\d{1,18})");
    private static final Pattern JQL_ID = Pattern.compile("(?i)cf\\[(\\d{1,18})]");

    private final CustomFieldManager customFieldManager;

    @Inject
    public JiraCustomFields(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    /** The custom fields {@code idOrName} names; empty when there is none. */
    public List<CustomField> find(String idOrName) {
        Objects.requireNonNull(idOrName, "'idOrName' must not be null");
        String name = idOrName.strip();
        String id = idOf(name);
        if (id != null) {
            CustomField field = customFieldManager.getCustomFieldObject(id);
            return field == null ? List.of() : List.of(field);
        }
        Collection<CustomField> named = customFieldManager.getCustomFieldObjectsByName(name);
        List<CustomField> fields = new ArrayList<>();
        if (named != null) {
            named.stream().filter(Objects::nonNull).forEach(fields::add);
        }
        return List.copyOf(fields);
    }

    /** {@code customfield_<n>} for the two id forms, {@code null} for a name. */
    static String idOf(String idOrName) {
        for (Pattern pattern : List.of(ID, JQL_ID)) {
            Matcher matcher = pattern.matcher(idOrName);
            if (matcher.matches()) {
                return "customfield_" + Long.parseLong(matcher.group(1));
            }
        }
        return null;
    }

    /** Lower-cased, trimmed: how system field names are compared. */
    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
