// Mirror of com.atlassian.jira.issue.customfields.CustomFieldType for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java (6.3)
// Signatures only; the members the app uses. Deviation: the real interface is generic (CustomFieldType<T, S>) and
// declares many more members; the type parameters are not mirrored (the app reads only the key).
// getKey(): "the full key of the CustomFieldType. Typically, this will be prefixed with
//         com.atlassian.jira.plugin.system.customfieldtypes:" (its Javadoc at the Source); the system date types are
//         the modules datepicker (DateCFType) and datetime (DateTimeCFType) of the plugin
//         com.atlassian.jira.plugin.system.customfieldtypes: turgaycelik/mysource
//         jira-project/jira-components/jira-core/src/main/resources/system-customfieldtypes-plugin.xml (6.3)
// Jira 10/11: class, getKey <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
//         (estimateField.getCustomFieldType().getKey() compared with "com.atlassian.jira.plugin.system.customfieldtypes:float" ...)
package com.atlassian.jira.issue.customfields;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface CustomFieldType {

    String getKey();
}
