package dev.waypoint.ao.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A PostgreSQL server for the storage tests' PostgreSQL variants, named by a JDBC URL to one of its databases with a
 * user that may create databases (e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=waypoint}), in the
 * system property {@value #URL_PROPERTY} or the environment variable {@value #URL_ENV}. {@code scripts/with-postgresql}
 * (which {@code .ci/run} uses) starts a throwaway server and sets both variables.
 *
 * <p>Each test class gets a database of its own ({@link #createDatabase()}), dropped afterwards. Without a configured
 * server the PostgreSQL variants are skipped ({@link #configured()} is empty), unless {@value #REQUIRED_PROPERTY} /
 * {@value #REQUIRED_ENV} is {@code true} (CI): then a missing or unreachable server is an error.
 */
public final class PostgreSqlServer {

    public static final String URL_PROPERTY = "waypoint.test.postgresql.url";
    public static final String URL_ENV = "WAYPOINT_TEST_POSTGRESQL_URL";
    public static final String REQUIRED_PROPERTY = "waypoint.test.postgresql.required";
    public static final String REQUIRED_ENV = "WAYPOINT_TEST_POSTGRESQL_REQUIRED";

    /** Why a PostgreSQL variant did not run, for the test report. */
    public static final String SKIPPED = "No PostgreSQL server configured: the PostgreSQL variant is skipped. Run "
            + "scripts/with-postgresql scripts/with-jdk21 mvn -B -ntp verify (or set " + URL_ENV + " / -D"
            + URL_PROPERTY + "=jdbc:postgresql://host:port/postgres?user=...), as .ci/run does";

    private static final AtomicBoolean EXPLAINED = new AtomicBoolean();

    private final String adminUrl;

    private PostgreSqlServer(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /**
     * The configured server; empty when none is configured and none is required.
     *
     * @throws IllegalStateException if a server is required but not configured, or configured but not reachable
     */
    public static Optional<PostgreSqlServer> configured() {
        return configured(System::getProperty, System::getenv);
    }

    /**
     * As {@link #configured()}, for a test that skips itself without a server: the first time none is configured, says
     * so on standard error ({@link #SKIPPED}), as the test report shows only a count of skipped tests.
     */
    public static Optional<PostgreSqlServer> forTests() {
        Optional<PostgreSqlServer> server = configured();
        if (server.isEmpty() && EXPLAINED.compareAndSet(false, true)) {
            System.err.println("[waypoint] " + SKIPPED);
        }
        return server;
    }

    static Optional<PostgreSqlServer> configured(Function<String, String> properties,
            Function<String, String> environment) {
        String url = firstNonBlank(properties.apply(URL_PROPERTY), environment.apply(URL_ENV));
        boolean required = Boolean.parseBoolean(firstNonBlank(properties.apply(REQUIRED_PROPERTY),
                environment.apply(REQUIRED_ENV)));
        if (url == null) {
            if (required) {
                throw new IllegalStateException("A PostgreSQL server is required (" + REQUIRED_ENV
                        + "=true) but none is configured in " + URL_ENV + " or -D" + URL_PROPERTY);
            }
            return Optional.empty();
        }
        PostgreSqlServer server = new PostgreSqlServer(url);
        try (Connection connection = server.admin()) {
            connection.isValid(10);
        } catch (SQLException e) {
            throw new IllegalStateException("The configured PostgreSQL server " + url + " is not reachable: "
                    + e.getMessage(), e);
        }
        return Optional.of(server);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        return second == null || second.isBlank() ? null : second.trim();
    }

    /** Creates an empty database and returns its JDBC URL (same server, user and parameters). */
    public String createDatabase() {
        String name = "waypoint_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        return urlOf(name);
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever connections are left on it. */
    public void dropDatabase(String databaseUrl) {
        String name = databaseName(databaseUrl);
        if (!name.startsWith("waypoint_")) {
            throw new IllegalArgumentException("not a database made by createDatabase(): " + databaseUrl);
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    String urlOf(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String parameters = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + parameters;
    }

    static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    private void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl);
    }

    @Override
    public String toString() {
        return adminUrl;
    }
}
