package dev.waypoint.preview.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** Binds the request's preview user (cookie, else the default user) to the thread for the request's duration. */
public final class CurrentUserFilter extends HttpFilter {

    private final transient ThreadUsers users;
    private final transient PreviewDirectory directory;
    private final transient UserCookie cookie;

    public CurrentUserFilter(ThreadUsers users, PreviewDirectory directory, UserCookie cookie) {
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.cookie = Objects.requireNonNull(cookie, "'cookie' must not be null");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        users.set(cookie.read(request).flatMap(directory::find).orElseGet(directory::defaultUser));
        try {
            chain.doFilter(request, response);
        } finally {
            users.clear();
        }
    }
}
