package dev.waypoint.jira.rest.objective;

import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Checks the values of JSON bodies that {@link Params} takes only as strings: ids and versions given as JSON numbers.
 * Each method records a problem naming the field in {@code in} and answers {@code null} for a bad value.
 */
public final class Bodies {

    private Bodies() {
    }

    /** An optional id: {@code null} stays {@code null}; below 1 is a problem. */
    public static <T> T optionalId(Params in, String field, Long raw, LongFunction<T> type) {
        if (raw == null) {
            return null;
        }
        if (raw < 1) {
            in.add(RestMessages.error(field, RestMessages.ID_INVALID, raw));
            return null;
        }
        return type.apply(raw);
    }

    /** A required id. */
    public static <T> T id(Params in, String field, Long raw, LongFunction<T> type) {
        if (raw == null) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
            return null;
        }
        return optionalId(in, field, raw, type);
    }

    /** A list of ids, each checked ({@code field[i]}); {@code null} for none. */
    public static <T> List<T> optionalIds(Params in, String field, List<Long> raw, LongFunction<T> type) {
        if (raw == null) {
            return null;
        }
        List<T> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            T id = id(in, field + "[" + i + "]", raw.get(i), type);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The version the caller read (optimistic locking): required, 0 or more. */
    public static long version(Params in, Long raw) {
        if (raw == null) {
            in.add(RestMessages.error("version", RestMessages.REQUIRED));
            return -1;
        }
        if (raw < 0) {
            in.add(OkrRestMessages.error("version", OkrRestMessages.VERSION_INVALID, raw));
            return -1;
        }
        return raw;
    }
}
