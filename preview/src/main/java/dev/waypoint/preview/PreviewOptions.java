package dev.waypoint.preview;

import dev.waypoint.preview.data.PreviewDatabase;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * How to run the preview. Command line {@code --port=N --data=PATH --reset --strict --no-jobs --db=JDBC_URL
 * --db-user=NAME --db-password=SECRET --help}; without them, system properties {@code preview.port},
 * {@code preview.data}, {@code preview.reset}, {@code preview.strict}, {@code preview.jobs}, {@code preview.db},
 * {@code preview.db.user}, {@code preview.db.password}; else port {@value #DEFAULT_PORT} and {@code ./preview-data},
 * with jobs, the app's data in an HSQLDB file in the data folder. Port 0 picks a free port (tests).
 *
 * @param strict unknown template references and i18n keys fail the page (tests) instead of printing as written (Jira)
 * @param jobs   run the modules' background jobs (the app's refresh job every minute); off for tests, which need the
 *               data to stay as they left it
 * @param database a PostgreSQL database for the app's Active Objects tables; {@code null}: HSQLDB in the data folder
 */
public record PreviewOptions(int port, Path dataFolder, boolean reset, boolean strict, boolean jobs, boolean help,
        PreviewDatabase database) {

    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_DATA_FOLDER = "preview-data";

    public PreviewOptions {
        Objects.requireNonNull(dataFolder, "'dataFolder' must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
    }

    /** On HSQLDB in the data folder. */
    public PreviewOptions(int port, Path dataFolder, boolean reset, boolean strict, boolean jobs, boolean help) {
        this(port, dataFolder, reset, strict, jobs, help, null);
    }

    /** Options for a test: a free port, the given folder, strict templates, no background jobs. */
    public static PreviewOptions forTest(Path dataFolder) {
        return new PreviewOptions(0, dataFolder, false, true, false, false);
    }

    public PreviewOptions withReset(boolean reset) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database);
    }

    public PreviewOptions withJobs(boolean jobs) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database);
    }

    public PreviewOptions withDatabase(PreviewDatabase database) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database);
    }

    public static PreviewOptions parse(String[] args, Properties system) {
        int port = port(system.getProperty("preview.port", String.valueOf(DEFAULT_PORT)));
        Path data = Path.of(system.getProperty("preview.data", DEFAULT_DATA_FOLDER));
        boolean reset = Boolean.parseBoolean(system.getProperty("preview.reset", "false"));
        boolean strict = Boolean.parseBoolean(system.getProperty("preview.strict", "false"));
        boolean jobs = Boolean.parseBoolean(system.getProperty("preview.jobs", "true"));
        boolean help = false;
        String db = system.getProperty("preview.db");
        String dbUser = system.getProperty("preview.db.user");
        String dbPassword = system.getProperty("preview.db.password");
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = port(arg.substring("--port=".length()));
            } else if (arg.startsWith("--data=") && arg.length() > "--data=".length()) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--no-jobs")) {
                jobs = false;
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.startsWith("--db-user=")) {
                dbUser = arg.substring("--db-user=".length());
            } else if (arg.startsWith("--db-password=")) {
                dbPassword = arg.substring("--db-password=".length());
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (db == null || db.isBlank()) {
            if (dbUser != null || dbPassword != null) {
                throw new IllegalArgumentException("--db-user and --db-password need --db=jdbc:postgresql://...");
            }
            return new PreviewOptions(port, data, reset, strict, jobs, help);
        }
        return new PreviewOptions(port, data, reset, strict, jobs, help,
                new PreviewDatabase(db.trim(), blankToNull(dbUser), blankToNull(dbPassword)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value, e);
        }
    }
}
