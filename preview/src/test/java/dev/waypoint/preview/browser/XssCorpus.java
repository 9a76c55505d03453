package dev.waypoint.preview.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS corpus of the app's UI tests ({@code xss/payloads.txt} of waypoint-jira's test resources, shared with its
 * JavaScript and template tests), and ways to pack it into fields of limited length.
 */
final class XssCorpus {

    private XssCorpus() {
    }

    static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getClassLoader().getResourceAsStream("xss/payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/payloads.txt (waypoint-jira's test jar) is not on the classpath");
            }
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("##")) {
                    payloads.add(line);
                }
            }
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payloads joined with {@code separator} into texts of at most {@code maxLength} characters, in order. */
    static List<String> packed(List<String> payloads, int maxLength, String separator) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String payload : payloads) {
            if (payload.length() > maxLength) {
                throw new IllegalArgumentException("payload longer than " + maxLength + ": " + payload);
            }
            if (current.length() > 0 && current.length() + separator.length() + payload.length() > maxLength) {
                texts.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(separator);
            }
            current.append(payload);
        }
        if (current.length() > 0) {
            texts.add(current.toString());
        }
        return texts;
    }
}
