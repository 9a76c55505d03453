package dev.waypoint.preview.data;

import java.util.Objects;

/**
 * A PostgreSQL database for the preview's Active Objects storage instead of the HSQLDB file in the data folder
 * ({@code --db=jdbc:postgresql://host:port/database}, with {@code --db-user} and {@code --db-password} or the URL's
 * {@code user} and {@code password} parameters). {@link #toString()} leaves the password out.
 *
 * @param user     {@code null} when the URL carries it (or the driver's default applies)
 * @param password {@code null} when the URL carries it, or none is needed
 */
public record PreviewDatabase(String url, String user, String password) {

    public static final String URL_PREFIX = "jdbc:postgresql:";

    public PreviewDatabase {
        Objects.requireNonNull(url, "'url' must not be null");
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("--db must be a PostgreSQL JDBC URL (" + URL_PREFIX
                    + "//host:port/database), was " + url);
        }
    }

    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user);
    }
}
