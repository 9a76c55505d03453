// Mirror of com.atlassian.webresource.api.assembler.RequiredResources for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webresource-api).
// Source: interface listing (CFR-decompiled atlassian-plugins-webresource-api, in the public code index:
//         "@Nonnull RequiredResources requireWebResource(@Nonnull String)", "... requireContext(@Nonnull String)", plus
//         ResourcePhase overloads, requireModule, exclude, requirePage, excludeSuperbatch, requireSuperbatch);
//         usage: atlassian-labs/atlassian-slack-integration-server
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/velocity/VelocityPageBuilderService.java
// Signatures only; minimal subset (the two methods the app calls).
// Jira 10/11: requireWebResource <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java
package com.atlassian.webresource.api.assembler;

import com.atlassian.annotations.ExperimentalApi;

@ExperimentalApi
public interface RequiredResources {

    /** Requires a web resource by its complete key ({@code plugin-key:module-key}). */
    RequiredResources requireWebResource(String moduleCompleteKey);

    /** Requires every web resource of a context. */
    RequiredResources requireContext(String context);
}
