package dev.waypoint.ao.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira gives a plugin's Active Objects tables: {@code AO_} and the last six hexadecimal characters of
 * the MD5 of the plugin key (or of the {@code namespace} attribute of its {@code <ao>} module), upper case.
 *
 * <p>Source: Atlassian's ao-plugin, {@code DefaultActiveObjectsConfigurationFactory} ({@code AO_TABLE_PREFIX + "_" +
 * digester.digest(namespace, 6)}) and {@code HexMd5Digester} ({@code right(md5Hex(s), n)}), public copy in
 * Kast0rTr0y/ao-plugin, activeobjects-plugin/src/main/java/com/atlassian/activeobjects/; Jira's tables are upper case
 * (e.g. {@code AO_60DB71_...}).
 */
public final class TablePrefixes {

    private TablePrefixes() {
    }

    public static String forNamespace(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
