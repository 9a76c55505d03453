package dev.waypoint.jira.rest.support;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.jira.rest.ErrorResponses;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.shared.UserKey;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What Jira's REST v2 does before a resource method runs, emulated from the method's access annotation
 * (developer.atlassian.com, "Prepare your Data Center app to comply with secure endpoint defaults"), so that the
 * permission matrix sees the statuses Jira answers. Assumed site settings: anonymous access on, limited unlicensed
 * access off. Only the status is emulated: Jira's own refusal body differs from Waypoint's.
 *
 * <table>
 *   <caption>emulated gate</caption>
 *   <tr><th>annotation</th><th>anonymous</th><th>logged in, unlicensed</th><th>licensed</th></tr>
 *   <tr><td>none (REST v2 default) / LicensedOnly / UnlicensedSiteAccess</td><td>401</td><td>403</td><td>pass</td></tr>
 *   <tr><td>AnonymousSiteAccess</td><td>pass</td><td>403</td><td>pass</td></tr>
 *   <tr><td>AdminOnly / SystemAdminOnly</td><td>401</td><td colspan="2">pass for Jira admins, else 403</td></tr>
 *   <tr><td>UnrestrictedAccess</td><td>pass</td><td>pass</td><td>pass</td></tr>
 * </table>
 *
 * It also reports each request's matched resource method, which the permission matrix uses to prove coverage.
 */
final class RestV2AccessEmulation implements DynamicFeature {

    private final AccessFacts facts;
    private final CurrentUser currentUser;
    private final ErrorResponses responses;
    private final Consumer<Method> matched;

    RestV2AccessEmulation(AccessFacts facts, CurrentUser currentUser, ErrorResponses responses,
            Consumer<Method> matched) {
        this.facts = facts;
        this.currentUser = currentUser;
        this.responses = responses;
        this.matched = matched;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        context.register(new Gate(method, Access.of(method, resourceInfo.getResourceClass())));
    }

    enum Access {
        UNRESTRICTED, ANONYMOUS_SITE, UNLICENSED_SITE, LICENSED, ADMIN;

        static Access of(Method method, Class<?> type) {
            return declared(method).or(() -> declared(type)).orElse(LICENSED);
        }

        private static Optional<Access> declared(AnnotatedElement element) {
            for (Annotation annotation : element.getAnnotations()) {
                Class<? extends Annotation> kind = annotation.annotationType();
                if (kind == UnrestrictedAccess.class) {
                    return Optional.of(UNRESTRICTED);
                } else if (kind == AnonymousSiteAccess.class) {
                    return Optional.of(ANONYMOUS_SITE);
                } else if (kind == UnlicensedSiteAccess.class) {
                    return Optional.of(UNLICENSED_SITE);
                } else if (kind == LicensedOnly.class) {
                    return Optional.of(LICENSED);
                } else if (kind == AdminOnly.class || kind == SystemAdminOnly.class) {
                    return Optional.of(ADMIN);
                }
            }
            return Optional.empty();
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class Gate implements ContainerRequestFilter {

        private final Method method;
        private final Access access;

        Gate(Method method, Access access) {
            this.method = method;
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            matched.accept(method);
            Optional<UserKey> user = currentUser.key();
            int refusal = refusal(user);
            if (refusal == 401) {
                request.abortWith(responses.message(401, RestMessages.UNAUTHENTICATED));
            } else if (refusal == 403) {
                request.abortWith(responses.message(403, RestMessages.FORBIDDEN));
            }
        }

        private int refusal(Optional<UserKey> user) {
            return switch (access) {
                case UNRESTRICTED -> 0;
                case ANONYMOUS_SITE -> user.isEmpty() || facts.isLicensed(user.get()) ? 0 : 403;
                case UNLICENSED_SITE, LICENSED -> user.isEmpty() ? 401 : facts.isLicensed(user.get()) ? 0 : 403;
                case ADMIN -> user.isEmpty() ? 401 : facts.isJiraAdmin(user.get()) ? 0 : 403;
            };
        }
    }
}
