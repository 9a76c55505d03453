package dev.waypoint.jira.i18n;

import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the bundle lines for core's message catalogs, escaped for a .properties file ({@code \\uXXXX} for non-ASCII),
 * for the keys whose feature (second segment) is among the arguments, e.g. {@code cycle objective}. A developer's
 * helper for keeping {@code i18n/waypoint.properties} in step with core; {@link I18nBundleTest} is the check.
 */
public final class BundleLines {

    private BundleLines() {
    }

    public static void main(String[] features) {
        Map<String, String> sorted = new TreeMap<>(I18nBundleTest.coreMessages());
        sorted.forEach((key, pattern) -> {
            String feature = key.split("\\.")[1];
            if (features.length == 0 || java.util.Arrays.asList(features).contains(feature)) {
                System.out.println(key + "=" + escape(pattern));
            }
        });
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 32 || c > 126) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
