package dev.waypoint.preview;

import dev.waypoint.preview.data.PreviewDatabase;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * How to run the preview. Command line {@code --port=N --data=PATH --reset --strict --no-jobs --db=JDBC_URL
 * --db-user=NAME --db-password=SECRET --node=N --help}; without them, system properties {@code preview.port},
 * {@code preview.data}, {@code preview.reset}, {@code preview.strict}, {@code preview.jobs}, {@code preview.db},
 * {@code preview.db.user}, {@code preview.db.password}; else port {@value #DEFAULT_PORT} and {@code ./preview-data},
 * with jobs, the app's data in an HSQLDB file in the data folder. Port 0 picks a free port (tests).
 *
 * @param strict unknown template references and i18n keys fail the page (tests) instead of printing as written (Jira)
 * @param jobs   run the modules' background jobs (the app's refresh job every minute); off for tests, which need the
 *               data to stay as they left it
 * @param database a PostgreSQL database for the app's Active Objects tables; {@code null}: HSQLDB in the data folder
 * @param node     which node of a cluster this is: 1 (the default) creates the schema and loads the sample into a new
 *                 database; 2 and more join the database node 1 filled (needs {@code --db}, refuses {@code --reset}),
 *                 with a data folder of their own ({@code preview-data-node<N>} by default)
 */
public record PreviewOptions(int port, Path dataFolder, boolean reset, boolean strict, boolean jobs, boolean help,
        PreviewDatabase database, int node) {

    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_DATA_FOLDER = "preview-data";
    public static final int MAX_NODE = 9;

    public PreviewOptions {
        Objects.requireNonNull(dataFolder, "'dataFolder' must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        if (node < 1 || node > MAX_NODE) {
            throw new IllegalArgumentException("--node must be between 1 and " + MAX_NODE + ", was " + node);
        }
        if (node > 1 && database == null) {
            throw new IllegalArgumentException("--node=" + node + " joins node 1's database: it needs "
                    + "--db=jdbc:postgresql://... (the same as node 1's)");
        }
        if (node > 1 && reset) {
            throw new IllegalArgumentException("--reset deletes the cluster's data: only node 1 may use it");
        }
    }

    /** One node, on {@code database} or HSQLDB. */
    public PreviewOptions(int port, Path dataFolder, boolean reset, boolean strict, boolean jobs, boolean help,
            PreviewDatabase database) {
        this(port, dataFolder, reset, strict, jobs, help, database, 1);
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
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database, node);
    }

    public PreviewOptions withJobs(boolean jobs) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database, node);
    }

    public PreviewOptions withDatabase(PreviewDatabase database) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database, node);
    }

    /** These options as node {@code number} of a cluster (see {@link #node()}). */
    public PreviewOptions withNode(int number) {
        return new PreviewOptions(port, dataFolder, reset, strict, jobs, help, database, number);
    }

    public static PreviewOptions parse(String[] args, Properties system) {
        int port = port(system.getProperty("preview.port", String.valueOf(DEFAULT_PORT)));
        String dataProperty = system.getProperty("preview.data");
        Path data = dataProperty == null ? null : Path.of(dataProperty);
        int node = number("--node", system.getProperty("preview.node", "1"));
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
            } else if (arg.startsWith("--node=")) {
                node = number("--node", arg.substring("--node=".length()));
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (data == null) {
            data = Path.of(node == 1 ? DEFAULT_DATA_FOLDER : DEFAULT_DATA_FOLDER + "-node" + node);
        }
        if (db == null || db.isBlank()) {
            if (node != 1) {
                return new PreviewOptions(port, data, reset, strict, jobs, help, null, node);
            }
            if (dbUser != null || dbPassword != null) {
                throw new IllegalArgumentException("--db-user and --db-password need --db=jdbc:postgresql://...");
            }
            return new PreviewOptions(port, data, reset, strict, jobs, help);
        }
        return new PreviewOptions(port, data, reset, strict, jobs, help,
                new PreviewDatabase(db.trim(), blankToNull(dbUser), blankToNull(dbPassword)), node);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was " + value, e);
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value, e);
        }
    }
}
