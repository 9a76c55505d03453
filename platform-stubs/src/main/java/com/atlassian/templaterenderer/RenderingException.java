// Mirror of com.atlassian.templaterenderer.RenderingException for Jira Data Center 11.3 LTS (com.atlassian.templaterenderer:atlassian-template-renderer-api).
// Source: thrown type named in https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html;
//         class shape per reference doc section 2.10 (public copy of atlassian-template-renderer-api, repository not identified)
// Constructors are stubs.
// UNVERIFIED: superclass RuntimeException and the constructor list ((String), (Throwable), (String, Throwable)).
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public RenderingException(Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }

    public RenderingException(String message, Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }
}
