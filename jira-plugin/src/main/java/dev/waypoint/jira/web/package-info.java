/**
 * Waypoint's Jira surfaces rendered by Jira (code-style §3 rules 16-18): the project page "OKRs &amp; KPIs" (a
 * {@code <web-item>} in the project sidebar and the {@code <web-panel>} it selects) and the issue panel (a
 * {@code <web-panel>} in the issue view's right column).
 *
 * <p>Each surface is a context provider (the Jira seam: it reads the project or issue from Jira's context, asks
 * {@link dev.waypoint.access.Permissions} whether the viewer may see it and requires the surface's web resources) and
 * an immutable view-model record built by a pure factory. The Velocity templates ({@code templates/web/*.vm}) only
 * loop, branch and translate, with Jira's auto-escaping on; every method they call on a view model is listed in the
 * descriptor's {@code <velocity-allowlist>}. The data (objectives, key results, KPIs, insights) comes from the REST API
 * as JSON and is rendered by the AMD modules of {@code js/} with {@code textContent} and {@code setAttribute} only; the
 * templates hand over identifiers as {@code data-*} attributes. The preview renders the same templates with the same
 * view models ({@code dev.waypoint.preview.pages}).
 */
package dev.waypoint.jira.web;
