package dev.waypoint.jira.rest;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses what arrives at the boundary (path and query parameters as strings, values of a JSON body) into values,
 * naming the field of every problem, so that a resource never lets a raw {@code NumberFormatException} or
 * {@code DateTimeParseException} escape as a 500. One instance per request collects every problem; a method that
 * finds one answers {@code null} and {@link #throwIfAny()} then raises them together as one
 * {@link InvalidInputException} (400):
 *
 * <pre>{@code
 * Params in = new Params(clock);
 * Long id = in.id("id", rawId);
 * LocalDate from = in.optionalDate("from", rawFrom);
 * in.throwIfAny();
 * }</pre>
 *
 * The limits are those of DESIGN §5 ({@link Limits}): positive ids, ISO dates within ±100 years of today, finite
 * numbers, texts of bounded length without control characters. {@code null} means "not given": the {@code optional*}
 * methods let it pass, the others report it as required.
 */
public final class Params {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
    /** JSON's number syntax: no hex, no "NaN", no "1d", no surrounding spaces. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final int MAX_NUMBER_LENGTH = 100;

    private final Clock clock;
    private final List<FieldError> errors = new ArrayList<>();

    public Params(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** A positive whole number up to {@link Long#MAX_VALUE}, e.g. an entity id. */
    public Long id(String field, String raw) {
        if (missing(field, raw)) {
            return null;
        }
        if (ID.matcher(raw).matches()) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                // longer than Long.MAX_VALUE: reported below
            }
        }
        return fail(field, RestMessages.ID_INVALID, abbreviate(raw));
    }

    public Long optionalId(String field, String raw) {
        return raw == null ? null : id(field, raw);
    }

    /** An ISO date ({@code 2026-03-31}) within ±100 years of today. */
    public LocalDate date(String field, String raw) {
        if (missing(field, raw)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return fail(field, RestMessages.DATE_INVALID, abbreviate(raw));
        }
        return date(field, date);
    }

    public LocalDate optionalDate(String field, String raw) {
        return raw == null ? null : date(field, raw);
    }

    /** Checks a date read from a JSON body: given, and within ±100 years of today. */
    public LocalDate date(String field, LocalDate value) {
        if (missing(field, value)) {
            return null;
        }
        if (!Limits.isDateInRange(value, LocalDate.now(clock))) {
            return fail(field, RestMessages.DATE_OUT_OF_RANGE, value, Limits.YEARS_FROM_TODAY);
        }
        return value;
    }

    public LocalDate optionalDate(String field, LocalDate value) {
        return value == null ? null : date(field, value);
    }

    /** A finite number written as in JSON ({@code -12.5}, {@code 3e2}). */
    public Double number(String field, String raw) {
        if (missing(field, raw)) {
            return null;
        }
        if (raw.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(raw).matches()) {
            return fail(field, RestMessages.NUMBER_INVALID, abbreviate(raw));
        }
        return number(field, Double.valueOf(raw));
    }

    public Double optionalNumber(String field, String raw) {
        return raw == null ? null : number(field, raw);
    }

    /** Checks a number read from a JSON body: given and finite. */
    public Double number(String field, Double value) {
        if (missing(field, value)) {
            return null;
        }
        if (!Double.isFinite(value)) {
            return fail(field, RestMessages.NUMBER_NOT_FINITE);
        }
        return value;
    }

    public Double optionalNumber(String field, Double value) {
        return value == null ? null : number(field, value);
    }

    /** One of {@code type}'s constants, by its exact name. */
    public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (missing(field, raw)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return fail(field, RestMessages.ENUM_INVALID, allowed, abbreviate(raw));
    }

    public <E extends Enum<E>> E optionalEnum(String field, String raw, Class<E> type) {
        return raw == null ? null : enumValue(field, raw, type);
    }

    /**
     * An optional multi-line text (a description, a comment): at most {@code max} characters, no control characters
     * other than tab and line breaks. Answers it unchanged, {@code null} if not given.
     */
    public String optionalText(String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > max) {
            return fail(field, RestMessages.TEXT_TOO_LONG, max, raw.length());
        }
        if (Limits.hasControlCharacters(raw)) {
            return fail(field, RestMessages.TEXT_CONTROL_CHARACTERS);
        }
        return raw;
    }

    /** An optional single-line text (a title, a name, a unit): as {@link #optionalText}, and no line break at all. */
    public String optionalLine(String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > max) {
            return fail(field, RestMessages.TEXT_TOO_LONG, max, raw.length());
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            return fail(field, RestMessages.TEXT_CONTROL_CHARACTERS);
        }
        return raw;
    }

    /** A required single-line text: given, not blank, and as {@link #optionalLine}. */
    public String line(String field, String raw, int max) {
        if (missing(field, raw == null || raw.isBlank() ? null : raw)) {
            return null;
        }
        return optionalLine(field, raw, max);
    }

    public ProjectKey projectKey(String field, String raw) {
        if (missing(field, raw)) {
            return null;
        }
        return ProjectKey.isValid(raw) ? new ProjectKey(raw) : fail(field, RestMessages.PROJECT_KEY_INVALID,
                abbreviate(raw));
    }

    public ProjectKey optionalProjectKey(String field, String raw) {
        return raw == null ? null : projectKey(field, raw);
    }

    public UserKey userKey(String field, String raw) {
        if (missing(field, raw)) {
            return null;
        }
        return !raw.isBlank() && raw.length() <= Limits.KEY && !raw.chars().anyMatch(Character::isISOControl)
                ? new UserKey(raw)
                : fail(field, RestMessages.USER_KEY_INVALID, Limits.KEY);
    }

    public UserKey optionalUserKey(String field, String raw) {
        return raw == null ? null : userKey(field, raw);
    }

    /** A JSON body: the runtime hands {@code null} for an empty body or the JSON {@code null}. */
    public <T> T body(T body) {
        if (body == null) {
            errors.add(RestMessages.error(JsonErrors.BODY, RestMessages.BODY_REQUIRED));
        }
        return body;
    }

    /** Records a problem found by the resource itself, e.g. a combination of parameters. */
    public Params add(FieldError error) {
        errors.add(Objects.requireNonNull(error, "'error' must not be null"));
        return this;
    }

    public boolean hasProblems() {
        return !errors.isEmpty();
    }

    /** @throws InvalidInputException with every problem found so far, if any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Parses one path parameter that must be an id, at once. */
    public static long requireId(String field, String raw) {
        Params params = new Params(Clock.systemDefaultZone());
        Long id = params.id(field, raw);
        params.throwIfAny();
        return id;
    }

    private boolean missing(String field, Object value) {
        if (value == null) {
            errors.add(RestMessages.error(field, RestMessages.REQUIRED));
            return true;
        }
        return false;
    }

    private <T> T fail(String field, String key, Object... args) {
        errors.add(RestMessages.error(field, key, args));
        return null;
    }

    /** Echoes at most 50 characters of a bad value, so a huge parameter does not come back whole. */
    private static String abbreviate(String raw) {
        return raw.length() <= 50 ? raw : raw.substring(0, 47) + "...";
    }
}
