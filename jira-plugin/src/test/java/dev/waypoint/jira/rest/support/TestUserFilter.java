package dev.waypoint.jira.rest.support;

import dev.waypoint.shared.UserKey;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Test-only authentication: the user key in the {@value RestHarness#USER_HEADER} header becomes the current user of the
 * request (no header: anonymous), and is forgotten when the answer leaves.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class TestUserFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final TestCurrentUser currentUser;

    TestUserFilter(TestCurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String user = request.getHeaderString(RestHarness.USER_HEADER);
        currentUser.set(user == null || user.isBlank() ? null : new UserKey(user));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        currentUser.clear();
    }
}
