package dev.waypoint.shared;

import java.time.LocalDate;

/** Input limits of DESIGN §5, in one place. */
public final class Limits {

    public static final int TITLE = 255;
    public static final int DESCRIPTION = 10_000;
    public static final int COMMENT = 4_000;
    public static final int JQL = 4_000;
    public static final int KEY = 255;
    public static final int UNIT = 32;
    /** Dates are accepted within this many years of today. */
    public static final int YEARS_FROM_TODAY = 100;

    private Limits() {
    }

    public static boolean isDateInRange(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusYears(YEARS_FROM_TODAY)) && !date.isAfter(today.plusYears(YEARS_FROM_TODAY));
    }

    /** Whether a text has control characters other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
