package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.AccessMessages;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.MessageCatalog;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mappers called directly (code-style §3 rule 13): status, entity and translation. */
class ExceptionMappersTest {

    /** Translates by a table of patterns, filling {0}, {1} ... like MessageFormat would. */
    private static Translator translations(Map<String, String> patterns) {
        return (key, args, english) -> {
            String pattern = patterns.get(key);
            if (pattern == null) {
                return english;
            }
            for (int i = 0; i < args.size(); i++) {
                pattern = pattern.replace("{" + i + "}", String.valueOf(args.get(i)));
            }
            return pattern;
        };
    }

    private static ErrorBody body(Response response) {
        return (ErrorBody) response.getEntity();
    }

    @Test
    void givenInvalidInput_mapping_translatesEachFieldWithItsArguments() {
        Translator german = translations(Map.of(RestMessages.TEXT_TOO_LONG, "Höchstens {0} Zeichen, waren {1}"));

        Response response = new InvalidInputExceptionMapper(german).toResponse(
                new InvalidInputException(List.of(RestMessages.error("title", RestMessages.TEXT_TOO_LONG, 255, 300))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).errors()).containsExactly(new ErrorItem("title", "Höchstens 255 Zeichen, waren 300"));
    }

    @Test
    void givenAccessDenied_mapping_translatesWithTheArguments() {
        Translator german = translations(Map.of(AccessMessages.VIEW_PROJECT, "Keine Sicht auf Projekt {0}"));

        Response response = new AccessDeniedExceptionMapper(german)
                .toResponse(AccessDeniedException.denied(AccessMessages.VIEW_PROJECT, "SUP"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).errors()).containsExactly(ErrorItem.general("Keine Sicht auf Projekt SUP"));
    }

    @Test
    void givenNobodyLoggedIn_mapping_answers401() {
        Response response = new AccessDeniedExceptionMapper(Translator.ENGLISH)
                .toResponse(AccessDeniedException.notLoggedIn());

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void givenConflictWhoseTranslationNeedsArguments_mapping_fillsThemIn() {
        Translator german = translations(Map.of("waypoint.error.stale", "{0} {1} wurde geändert (Version {2})"));

        Response response = new ConflictExceptionMapper(german)
                .toResponse(ConflictException.staleVersion("Objective", 7, 1, 2));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).errors()).containsExactly(ErrorItem.general("Objective 7 wurde geändert (Version 2)"));
    }

    @Test
    void givenConflictFromACatalog_mapping_translatesWithItsArguments() {
        Translator german = translations(Map.of("waypoint.test.closed", "Zyklus {0} ist abgeschlossen"));
        ConflictException closed = MessageCatalog.of("waypoint.test.closed", "Cycle {0} is closed")
                .conflict("waypoint.test.closed", "Q1 2026");

        Response response = new ConflictExceptionMapper(german).toResponse(closed);

        assertThat(closed.getMessage()).isEqualTo("Cycle Q1 2026 is closed");
        assertThat(body(response).errors()).containsExactly(ErrorItem.general("Zyklus Q1 2026 ist abgeschlossen"));
    }

    @Test
    void givenConflictWhoseTranslationNeedsMoreArgumentsThanItHas_mapping_answersTheEnglishText() {
        Translator german = translations(Map.of("waypoint.test.dup", "{0} doppelt in {1}"));
        ConflictException duplicate = new ConflictException("waypoint.test.dup", "Issue 7 is linked twice", "7");

        Response response = new ConflictExceptionMapper(german).toResponse(duplicate);

        assertThat(body(response).errors()).containsExactly(ErrorItem.general("Issue 7 is linked twice"));
    }

    @Test
    void givenConflictWithPlainTranslation_mapping_answersTheTranslation() {
        Translator german = translations(Map.of("waypoint.error.stale", "Jemand anderes hat es geändert"));

        Response response = new ConflictExceptionMapper(german)
                .toResponse(ConflictException.staleVersion("Objective", 7, 1, 2));

        assertThat(body(response).errors()).containsExactly(ErrorItem.general("Jemand anderes hat es geändert"));
    }

    @Test
    void givenAnyThrowable_mapping_answers500WithOnlyTheCorrelationId() {
        Response response = new UnexpectedExceptionMapper(Translator.ENGLISH)
                .toResponse(new OutOfMemoryError("heap: secret"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).correlationId()).matches("[0-9a-f]{12}");
        assertThat(body(response).errors()).singleElement().extracting(ErrorItem::message).asString()
                .doesNotContain("secret").endsWith(body(response).correlationId());
    }
}
