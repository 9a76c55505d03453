// Mirror of com.atlassian.jira.util.I18nHelper for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html and
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/I18nHelper.java (6.3)
// Signatures only; a minimal subset. Note: there is NO getText(String, Object...) varargs overload in the published
// interface; the multi-argument form is getText(String key, Object parameters) (array, List or single object).
// Left out: the fixed-arity 3..9 argument overloads, getDefaultResourceBundle(), getResourceBundle(),
// getUntransformedRawText, isKeyDefined, getKeysForPrefix, nested BeanFactory, and @InjectableComponent.
package com.atlassian.jira.util;

import com.atlassian.annotations.PublicApi;
import java.util.Locale;

@PublicApi
public interface I18nHelper {

    Locale getLocale();

    String getUnescapedText(String key);

    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, String value1, String value2);

    String getText(String key, Object parameters);
}
