package dev.waypoint.preview.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request comes from one of the preview's own pages: its {@code Origin} header (or, without one, its
 * {@code Referer}) names the scheme, host and port the request was sent to.
 */
public final class OriginCheck {

    /**
     * @param scheme  the request's scheme ({@code http})
     * @param host    the request's {@code Host} header ({@code localhost:2990})
     * @param origin  the {@code Origin} header, or null
     * @param referer the {@code Referer} header, or null
     */
    public boolean isSameOrigin(String scheme, String host, String origin, String referer) {
        if (scheme == null || host == null) {
            return false;
        }
        String own = (scheme + "://" + host).toLowerCase(Locale.ROOT);
        if (origin != null) {
            return origin.toLowerCase(Locale.ROOT).equals(own);
        }
        return referer != null && originOf(referer).equals(own);
    }

    /** Whether {@code origin} is present and differs from the request's own. */
    public boolean isForeignOrigin(String scheme, String host, String origin) {
        return origin != null && !isSameOrigin(scheme, host, origin, null);
    }

    private static String originOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return "";
            }
            return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
