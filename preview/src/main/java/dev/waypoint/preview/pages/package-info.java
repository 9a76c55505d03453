/**
 * The app's Jira surfaces in the preview: the project page ({@code /projects/{KEY}/waypoint}, Jira's project-centric
 * view with the "OKRs &amp; KPIs" sidebar item selected) and the issue view ({@code /browse/{ISSUE-KEY}}, with the
 * issue panel in the right column). Each page calls the app's own context provider
 * ({@code dev.waypoint.jira.web}) with the Jira object Jira would put into the web-panel's context, takes the view
 * model it builds and the web resources it requires, and renders the app's template
 * ({@code templates/web/*.vm}) inside a small stand-in for Jira's page around it ({@code templates/preview-pages}).
 */
package dev.waypoint.preview.pages;
