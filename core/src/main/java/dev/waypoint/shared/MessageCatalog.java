package dev.waypoint.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The i18n message keys of one feature with their English patterns ({@link MessageFormat} syntax, {@code {0}} for the
 * first argument, {@code ''} for an apostrophe), so that every key a feature raises is listed in one place and the
 * jira-plugin can copy {@link #patterns()} into its bundle. Raising a key that is not in the catalog is a programmer
 * error ({@link IllegalArgumentException}), so a tested validation path cannot use an unlisted key.
 *
 * <p>Arguments are passed on to {@link FieldError#args()} as display strings, rounded and formatted for people as the
 * pages show them (issue 13, item 6): numbers with at most two decimals ({@code 0.26}, not {@code
 * 0.25833333333333336}), huge numbers in short scientific form ({@code 1E300}, not 300 digits), dates as {@code 7 Dec
 * 2026}; {@code null} as {@code "null"}. So the bundle's translation shows them as the English message does.
 */
public final class MessageCatalog {

    private final Map<String, String> patterns;

    private MessageCatalog(Map<String, String> patterns) {
        this.patterns = Collections.unmodifiableMap(patterns);
    }

    /** A catalog from pairs: key, English pattern, key, English pattern, ... */
    public static MessageCatalog of(String... keysAndPatterns) {
        if (keysAndPatterns.length % 2 != 0) {
            throw new IllegalArgumentException("'keysAndPatterns' must be pairs of key and pattern");
        }
        Map<String, String> patterns = new LinkedHashMap<>();
        for (int i = 0; i < keysAndPatterns.length; i += 2) {
            String key = Objects.requireNonNull(keysAndPatterns[i], "'key' must not be null");
            if (!key.startsWith("waypoint.") || patterns.put(key, keysAndPatterns[i + 1]) != null) {
                throw new IllegalArgumentException("key '" + key + "' is not a waypoint.* key or is listed twice");
            }
        }
        return new MessageCatalog(patterns);
    }

    /** Every key of the catalog with its English pattern, in declaration order. */
    public Map<String, String> patterns() {
        return patterns;
    }

    public Set<String> keys() {
        return patterns.keySet();
    }

    /** The English message of {@code key} with {@code args}. */
    public String format(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("message key '" + key + "' is not in the catalog");
        }
        return new MessageFormat(pattern, Locale.ROOT).format(displayAll(args));
    }

    /** Adds a field error with the English message of {@code key}. */
    public Problems add(Problems problems, String field, String key, Object... args) {
        return problems.add(field, key, format(key, args), (Object[]) displayAll(args));
    }

    /** Adds a field error unless {@code ok}; returns {@code ok}. */
    public boolean require(Problems problems, boolean ok, String field, String key, Object... args) {
        if (!ok) {
            add(problems, field, key, args);
        }
        return ok;
    }

    /** A single-field {@link InvalidInputException}. */
    public InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(
                List.of(new FieldError(field, key, List.of((Object[]) displayAll(args)), format(key, args))));
    }

    /** A {@link ConflictException} (409) with the English message of {@code key}. */
    public ConflictException conflict(String key, Object... args) {
        return new ConflictException(key, format(key, args), displayAll(args));
    }

    private static String[] displayAll(Object... args) {
        return Arrays.stream(args).map(MessageCatalog::display).toArray(String[]::new);
    }

    /** The largest magnitude shown in full; larger numbers show as {@code 1.5E20}. */
    private static final double LARGEST_IN_FULL = 1e15;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** An argument as people read it: see the class comment. */
    public static String display(Object arg) {
        if (arg instanceof Double d && Double.isFinite(d)) {
            return number(d);
        }
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (arg instanceof Float f && Float.isFinite(f)) {
            return display(f.doubleValue());
        }
        return String.valueOf(arg);
    }

    private static String number(double value) {
        if (Math.abs(value) >= LARGEST_IN_FULL) {
            return new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && value != 0) {
            rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP));
        }
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
