// Mirror of com.atlassian.jira.issue.fields.CustomField for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/CustomField.java (6.3)
// Signatures only; minimal subset. Deviation: the real interface extends NavigableField, HideableField, ... (Field
// supplies getId()/getName()); those super-interfaces are not mirrored, the methods are declared here directly.
// getCustomFieldType(): "It can return null if the custom field type cannot be found" (its Javadoc at the Source).
// Jira 10/11: getCustomFieldType <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
package com.atlassian.jira.issue.fields;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

@PublicApi
public interface CustomField {

    String getId();

    String getName();

    Long getIdAsLong();

    Object getValue(Issue issue);

    CustomFieldType getCustomFieldType();
}
