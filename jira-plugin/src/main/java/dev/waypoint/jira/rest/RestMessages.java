package dev.waypoint.jira.rest;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the REST layer (boundary parsing, JSON and HTTP errors) with their English patterns. */
public final class RestMessages {

    public static final String REQUIRED = "waypoint.rest.required";
    public static final String ID_INVALID = "waypoint.rest.id.invalid";
    public static final String DATE_INVALID = "waypoint.rest.date.invalid";
    public static final String DATE_OUT_OF_RANGE = "waypoint.rest.date.outOfRange";
    public static final String NUMBER_INVALID = "waypoint.rest.number.invalid";
    public static final String NUMBER_NOT_FINITE = "waypoint.rest.number.notFinite";
    public static final String NUMBER_OUT_OF_RANGE = "waypoint.rest.number.outOfRange";
    public static final String ENUM_INVALID = "waypoint.rest.enum.invalid";
    public static final String TEXT_TOO_LONG = "waypoint.rest.text.tooLong";
    public static final String TEXT_CONTROL_CHARACTERS = "waypoint.rest.text.controlCharacters";
    public static final String PROJECT_KEY_INVALID = "waypoint.rest.projectKey.invalid";
    public static final String USER_KEY_INVALID = "waypoint.rest.userKey.invalid";
    public static final String BODY_REQUIRED = "waypoint.rest.body.required";
    public static final String JSON_MALFORMED = "waypoint.rest.json.malformed";
    public static final String JSON_DUPLICATE = "waypoint.rest.json.duplicate";
    public static final String JSON_TOO_LARGE = "waypoint.rest.json.tooLarge";
    public static final String JSON_UNKNOWN_PROPERTY = "waypoint.rest.json.unknownProperty";
    public static final String JSON_INVALID_VALUE = "waypoint.rest.json.invalidValue";
    public static final String EXPECTED_NUMBER = "waypoint.rest.json.expected.number";
    public static final String EXPECTED_INTEGER = "waypoint.rest.json.expected.integer";
    public static final String EXPECTED_TEXT = "waypoint.rest.json.expected.text";
    public static final String EXPECTED_BOOLEAN = "waypoint.rest.json.expected.boolean";
    public static final String EXPECTED_LIST = "waypoint.rest.json.expected.list";
    public static final String EXPECTED_OBJECT = "waypoint.rest.json.expected.object";
    public static final String EXPECTED_DATE = "waypoint.rest.json.expected.date";
    public static final String EXPECTED_ENUM = "waypoint.rest.json.expected.enum";
    public static final String NOT_FOUND = "waypoint.rest.notFound";
    public static final String NO_SUCH_RESOURCE = "waypoint.rest.noSuchResource";
    public static final String METHOD_NOT_ALLOWED = "waypoint.rest.methodNotAllowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "waypoint.rest.unsupportedMediaType";
    public static final String NOT_ACCEPTABLE = "waypoint.rest.notAcceptable";
    public static final String BAD_REQUEST = "waypoint.rest.badRequest";
    public static final String UNAUTHENTICATED = "waypoint.rest.unauthenticated";
    public static final String FORBIDDEN = "waypoint.rest.forbidden";
    public static final String FAILED = "waypoint.rest.failed";
    public static final String INTERNAL = "waypoint.rest.internal";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            REQUIRED, "A value is required",
            ID_INVALID, "Must be a positive whole number, was \"{0}\"",
            DATE_INVALID, "Must be a date like 2026-03-31, was \"{0}\"",
            DATE_OUT_OF_RANGE, "Date {0} must be within {1} years of today",
            NUMBER_INVALID, "Must be a number, was \"{0}\"",
            NUMBER_NOT_FINITE, "Must be a finite number",
            NUMBER_OUT_OF_RANGE, "The number is too large",
            ENUM_INVALID, "Must be one of {0}, was \"{1}\"",
            TEXT_TOO_LONG, "Must be at most {0} characters, was {1}",
            TEXT_CONTROL_CHARACTERS, "Must not contain control characters",
            PROJECT_KEY_INVALID, "Must be a Jira project key like SUP, was \"{0}\"",
            USER_KEY_INVALID, "Must be a user key of 1 to {0} characters",
            BODY_REQUIRED, "A JSON body is required",
            JSON_MALFORMED, "The body is not valid JSON (line {0}, column {1})",
            JSON_DUPLICATE, "Given more than once",
            JSON_TOO_LARGE, "The body exceeds a size limit",
            JSON_UNKNOWN_PROPERTY, "Unknown property \"{0}\"; known properties: {1}",
            JSON_INVALID_VALUE, "Invalid value",
            EXPECTED_NUMBER, "Must be a number",
            EXPECTED_INTEGER, "Must be a whole number",
            EXPECTED_TEXT, "Must be a text",
            EXPECTED_BOOLEAN, "Must be true or false",
            EXPECTED_LIST, "Must be a list",
            EXPECTED_OBJECT, "Must be an object",
            EXPECTED_DATE, "Must be a date like 2026-03-31",
            EXPECTED_ENUM, "Must be one of {0}",
            NOT_FOUND, "{0} {1} does not exist",
            NO_SUCH_RESOURCE, "There is no such resource",
            METHOD_NOT_ALLOWED, "This method is not allowed on this resource",
            UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json",
            NOT_ACCEPTABLE, "This resource answers in JSON only",
            BAD_REQUEST, "The request is not valid",
            UNAUTHENTICATED, "Log in to use Waypoint",
            FORBIDDEN, "You do not have permission to do this",
            FAILED, "The request failed with status {0}",
            INTERNAL, "Something went wrong on the server. Give your administrator this reference: {0}");

    private RestMessages() {
    }

    /** A field error with the English message of {@code key}. */
    public static FieldError error(String field, String key, Object... args) {
        return CATALOG.invalid(field, key, args).errors().get(0);
    }
}
