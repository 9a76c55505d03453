package dev.waypoint.preview.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Response headers of every preview response. The Content-Security-Policy is <em>report-only</em>: it blocks nothing
 * (so an XSS bug still shows in the browser tests' detector) but makes the browser report inline scripts and event
 * handlers, which the app must not use (DESIGN §5), as {@code securitypolicyviolation} events.
 */
public final class SecurityHeaders {

    static final String REPORT_ONLY_POLICY = "script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'";

    public void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy-Report-Only", REPORT_ONLY_POLICY);
    }
}
