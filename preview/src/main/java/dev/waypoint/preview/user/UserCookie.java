package dev.waypoint.preview.user;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that keeps the chosen preview user: {@value #NAME}, HttpOnly and {@code SameSite=Strict} (a cross-site
 * page can neither read it nor make the browser send it).
 */
public final class UserCookie {

    public static final String NAME = "waypoint-preview-user";

    private static final int MAX_AGE_SECONDS = (int) Duration.ofDays(30).toSeconds();

    /** The username in the request's cookie, if any and well-formed. */
    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value != null && PreviewUser.USERNAME.matcher(value).matches())
                .findFirst();
    }

    public void write(HttpServletResponse response, PreviewUser user) {
        Cookie cookie = new Cookie(NAME, user.username());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
