package dev.waypoint.jira.ao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Id handling shared by the repositories: chunked IN lists, and id lists kept in one text column. */
final class AoIds {

    /** Oracle refuses more than 1,000 expressions in an IN list (ORA-01795); every database gets the same chunks. */
    static final int IN_LIST_LIMIT = 1_000;

    private AoIds() {
    }

    /** Distinct ids, in chunks of at most {@link #IN_LIST_LIMIT}; an empty list for no ids. */
    static <T> List<List<Object>> chunks(Collection<T> ids, ToLongFunction<T> value, boolean asInt) {
        List<Object> distinct = new ArrayList<>(ids.stream()
                .map(id -> asInt ? (Object) Math.toIntExact(value.applyAsLong(id)) : (Object) value.applyAsLong(id))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_LIMIT) {
            chunks.add(distinct.subList(from, Math.min(from + IN_LIST_LIMIT, distinct.size())));
        }
        return chunks;
    }

    /** {@code COLUMN IN (?,?,?)} for {@code count} parameters. */
    static String in(String column, int count) {
        StringJoiner marks = new StringJoiner(",", column + " IN (", ")");
        for (int i = 0; i < count; i++) {
            marks.add("?");
        }
        return marks.toString();
    }

    /** Ids as {@code ,3,7,12,} so that {@code LIKE '%,7,%'} finds a row by one of them; {@code null} for none. */
    static String encode(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
    }

    static Set<Long> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(encoded.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The LIKE pattern that finds {@code id} in a column written by {@link #encode}. */
    static String containing(long id) {
        return "%," + id + ",%";
    }
}
