package dev.waypoint.preview;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * How to run the preview. Command line {@code --port=N --data=PATH --reset --strict --help}; without them, system
 * properties {@code preview.port}, {@code preview.data}, {@code preview.reset},
 * {@code preview.strict}; else port {@value #DEFAULT_PORT} and {@code ./preview-data}. Port 0 picks a free
 * port (tests).
 *
 * @param strict unknown template references and i18n keys fail the page (tests) instead of printing as written (Jira)
 */
public record PreviewOptions(int port, Path dataFolder, boolean reset, boolean strict, boolean help) {

    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_DATA_FOLDER = "preview-data";

    public PreviewOptions {
        Objects.requireNonNull(dataFolder, "'dataFolder' must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
    }

    /** Options for a test: a free port, the given folder, strict templates. */
    public static PreviewOptions forTest(Path dataFolder) {
        return new PreviewOptions(0, dataFolder, false, true, false);
    }

    public PreviewOptions withReset(boolean reset) {
        return new PreviewOptions(port, dataFolder, reset, strict, help);
    }

    public static PreviewOptions parse(String[] args, Properties system) {
        int port = port(system.getProperty("preview.port", String.valueOf(DEFAULT_PORT)));
        Path data = Path.of(system.getProperty("preview.data", DEFAULT_DATA_FOLDER));
        boolean reset = Boolean.parseBoolean(system.getProperty("preview.reset", "false"));
        boolean strict = Boolean.parseBoolean(system.getProperty("preview.strict", "false"));
        boolean help = false;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = port(arg.substring("--port=".length()));
            } else if (arg.startsWith("--data=") && arg.length() > "--data=".length()) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new PreviewOptions(port, data, reset, strict, help);
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value, e);
        }
    }
}
