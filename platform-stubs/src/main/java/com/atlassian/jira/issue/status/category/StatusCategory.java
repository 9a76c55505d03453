// Mirror of com.atlassian.jira.issue.status.category.StatusCategory for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/status/category/StatusCategory.java
//         (6.3, since 6.1: UNDEFINED="undefined", TO_DO="new", IN_PROGRESS="indeterminate", COMPLETE="done")
// Signatures only; constants carry their real values. Left out: getTranslatedName(I18nHelper/String) overloads.
// Jira 10/11: getKey <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
//         (anonymous StatusCategory)
package com.atlassian.jira.issue.status.category;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;

@PublicApi
public interface StatusCategory extends Serializable, Comparable<StatusCategory> {

    String UNDEFINED = "undefined";
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    Long getId();

    String getTranslatedName();

    String getKey();

    String getName();

    String getColorName();

    Long getSequence();
}
