// Mirror of com.atlassian.sal.api.message.I18nResolver for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
//         (and the implementing class https://docs.atlassian.com/atlassian-bamboo/8.0.4/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html);
//         getText(String) on Jira 11.3.1: codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerAction.java
// Signatures only. Left out (they need SAL Message/MessageCollection types not mirrored here):
// createMessage(String, Serializable...), createMessageCollection(), getText(Message), getText(Locale, Message).
// Jira 10/11: getText(String, Serializable...) <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira
//         11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java
//         (getText(key, issue.getKey(), issue.getSummary()))
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);

    String getText(Locale locale, String key, Serializable... arguments);

    String getRawText(String key);

    String getRawText(Locale locale, String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
