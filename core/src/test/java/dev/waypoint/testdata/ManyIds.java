package dev.waypoint.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Id lists longer than Oracle's IN-list limit of 1,000, to test that adapters chunk their queries. */
public final class ManyIds {

    /** Longer than two chunks of 1,000. */
    public static final int SIZE = 2_500;

    private ManyIds() {
    }

    /**
     * {@link #SIZE} ids: unknown ones (from 900,000,000 on) with the {@code known} ones spread over first, middle and
     * last chunk, and the first known id repeated once more at the end.
     */
    public static <T> List<T> around(List<Long> known, LongFunction<T> typed) {
        List<T> ids = new ArrayList<>();
        for (int i = 0; i < SIZE - 1; i++) {
            ids.add(typed.apply(900_000_000L + i));
        }
        for (int k = 0; k < known.size(); k++) {
            int position = known.size() == 1 ? SIZE / 2 : k * (SIZE - 2) / (known.size() - 1);
            ids.set(position, typed.apply(known.get(k)));
        }
        ids.add(typed.apply(known.get(0)));
        return ids;
    }
}
