// Mirror of com.atlassian.webresource.api.assembler.WebResourceAssembler for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webresource-api).
// Source: interface listing (CFR-decompiled atlassian-plugins-webresource-api, in the public code index: assembled(), resources(), data(), copy());
//         usage: atlassian-labs/atlassian-slack-integration-server
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/velocity/VelocityPageBuilderService.java
// Signatures only; minimal subset (assembled(), data() and copy() omitted: the app never calls them).
// Jira 10/11: resources <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java
package com.atlassian.webresource.api.assembler;

import com.atlassian.annotations.ExperimentalApi;

@ExperimentalApi
public interface WebResourceAssembler {

    RequiredResources resources();
}
