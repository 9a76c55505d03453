package dev.waypoint.jira.rest.probe;

public enum Kind {
    BUILD, IMPROVE
}
