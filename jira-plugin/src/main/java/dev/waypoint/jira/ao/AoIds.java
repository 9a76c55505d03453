package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Id handling shared by the repositories: the range of stored ids, chunked IN lists, and id lists kept in one text
 * column.
 *
 * <p>Active Objects keys are {@code int} (column type INTEGER), while the domain's ids are {@code long}: an id outside
 * the {@code int} range can name no stored row. Every lookup by such an id therefore finds nothing (an empty result, or
 * {@link NotFoundException} where one row is required), here in one place, instead of overflowing.
 */
final class AoIds {

    /** Oracle refuses more than 1,000 expressions in an IN list (ORA-01795); every database gets the same chunks. */
    static final int IN_LIST_LIMIT = 1_000;

    private AoIds() {
    }

    /** Whether a row can have {@code id} as its key (or as a reference to another row's key). */
    static boolean isStorable(long id) {
        return id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE;
    }

    /**
     * The stored form of the id of an {@code entity} that must exist.
     *
     * @throws NotFoundException if no row can have that id
     */
    static int key(String entity, long id) {
        if (!isStorable(id)) {
            throw new NotFoundException(entity, id);
        }
        return (int) id;
    }

    /**
     * Distinct ids, in chunks of at most {@link #IN_LIST_LIMIT}; an empty list for no ids. With {@code asInt} (an
     * INTEGER column), ids no row can have are left out.
     */
    static <T> List<List<Object>> chunks(Collection<T> ids, ToLongFunction<T> value, boolean asInt) {
        List<Object> distinct = new ArrayList<>(ids.stream()
                .mapToLong(value)
                .filter(id -> !asInt || isStorable(id))
                .mapToObj(id -> asInt ? (Object) (int) id : (Object) id)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_LIMIT) {
            chunks.add(distinct.subList(from, Math.min(from + IN_LIST_LIMIT, distinct.size())));
        }
        return chunks;
    }

    /** The rows of {@code type} whose {@code column} is one of {@code ids}: one statement per chunk of ids. */
    static <E extends Entity, T> List<E> findIn(ActiveObjects ao, Class<E> type, String column, Collection<T> ids,
            ToLongFunction<T> value, boolean asInt) {
        List<E> rows = new ArrayList<>();
        for (List<Object> chunk : chunks(ids, value, asInt)) {
            rows.addAll(Arrays.asList(ao.find(type, Query.select().where(in(column, chunk.size()), chunk.toArray()))));
        }
        return rows;
    }

    /** Deletes the rows of {@code type} whose {@code column} is one of {@code ids}: one statement per chunk. */
    static <T> void deleteIn(ActiveObjects ao, Class<? extends Entity> type, String column, Collection<T> ids,
            ToLongFunction<T> value, boolean asInt) {
        for (List<Object> chunk : chunks(ids, value, asInt)) {
            ao.deleteWithSQL(type, in(column, chunk.size()), chunk.toArray());
        }
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
