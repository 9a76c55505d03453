// Mirror of com.atlassian.templaterenderer.TemplateRenderer for Jira Data Center 11.3 LTS (com.atlassian.templaterenderer:atlassian-template-renderer-api).
// Source: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html;
//         same four methods implemented by cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockTemplateRenderer.java
// Signatures only.
// Jira 10/11: render(String, Map, Writer) <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0:
//         jira-api 11.0.0, platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
