package dev.waypoint.jira.rest.cycle;

/**
 * The body of {@code POST /cycles/quarters}: creates "Q1 &lt;year&gt;" to "Q4 &lt;year&gt;" in state PLANNING.
 *
 * @param year required, within 100 years of today
 */
public record QuartersRequest(Integer year) {
}
