// Mirror of com.atlassian.webresource.api.assembler.PageBuilderService for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webresource-api).
// Source: interface listing (CFR-decompiled atlassian-plugins-webresource-api, in the public code index: "public interface PageBuilderService { WebResourceAssembler assembler(); void seed(WebResourceAssembler) }");
//         usage pageBuilderService.assembler().resources().requireWebResource(key): atlassian-labs/atlassian-slack-integration-server
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/velocity/VelocityPageBuilderService.java
// Signatures only; minimal subset (seed(WebResourceAssembler) omitted: the app never calls it).
// Jira 10/11: assembler <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java
//         (pageBuilderService.assembler().resources().requireWebResource(...))
package com.atlassian.webresource.api.assembler;

import com.atlassian.annotations.ExperimentalApi;

@ExperimentalApi
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
