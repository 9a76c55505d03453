// Mirror of com.atlassian.jira.issue.CustomFieldManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/CustomFieldManager.java (6.3)
// Signatures only; the members the app uses.
// getCustomFieldObjectsByName(String) : Collection<CustomField> as used by a public plugin found by the code index (repository
// not identified); UNVERIFIED against a Jira 8+ javadoc listing.
// Jira 10/11: getCustomFieldObject(String) <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
// Not confirmed for Jira 10/11: getCustomFieldObjectsByName <- no Jira 10/11 listing or app using it found; the lookup
//         by id (getCustomFieldObject) is confirmed, the lookup by name has no other form
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import javax.annotation.Nullable;

public interface CustomFieldManager {

    @Nullable
    CustomField getCustomFieldObject(Long id);

    @Nullable
    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
