// Mirror of com.atlassian.jira.issue.fields.CustomField for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/CustomField.java (6.3)
// Signatures only; minimal subset. Deviation: the real interface extends NavigableField, HideableField, ... (Field
// supplies getId()/getName()); those super-interfaces are not mirrored, the methods are declared here directly.
package com.atlassian.jira.issue.fields;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.Issue;

@PublicApi
public interface CustomField {

    String getId();

    String getName();

    Long getIdAsLong();

    Object getValue(Issue issue);
}
