package dev.waypoint.jira.rest.support;

import java.lang.reflect.Method;

/**
 * One endpoint of the REST API as the code declares it.
 *
 * @param httpMethod "GET", "POST" ...
 * @param path       the full path template relative to the REST module, templates without their regular
 *                   expressions: {@code /objectives/{id}}
 * @param method     the Java method that serves it
 */
public record Endpoint(String httpMethod, String path, Method method) {

    /** {@code "GET /objectives/{id}"}. */
    public String key() {
        return httpMethod + " " + path;
    }

    /** {@code "ObjectiveResource#get"}. */
    public String javaName() {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    @Override
    public String toString() {
        return key() + " (" + javaName() + ")";
    }
}
