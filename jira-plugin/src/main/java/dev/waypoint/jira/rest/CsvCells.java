package dev.waypoint.jira.rest;

import java.math.BigDecimal;

/**
 * Cells of Waypoint's CSV exports (OKRs of a cycle, values of a KPI). User text that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe (OWASP "CSV
 * Injection"); numbers are written as plain decimals without exponent or trailing zeros.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A text cell a spreadsheet will not run as a formula; {@code null} as an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** A number as plain decimal text without exponent or trailing zeros; {@code null} as an empty cell. */
    public static String number(Double value) {
        return value == null || !Double.isFinite(value) ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
