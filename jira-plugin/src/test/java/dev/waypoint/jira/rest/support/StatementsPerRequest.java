package dev.waypoint.jira.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.ao.StatementCounter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL statements each read costs through the REST stack, for the statement-count budgets that compare a small data
 * set with a large one (the dashboard items, the KPI pages).
 */
public final class StatementsPerRequest {

    private StatementsPerRequest() {
    }

    /** Sends each request as {@code role}, requires 200, and counts the statements it ran: name to count, in order. */
    public static Map<String, Integer> count(StatementCounter statements, RestHarness rest,
            Map<String, RestRequest> reads, Role role) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        reads.forEach((name, request) -> {
            statements.reset();
            RestResponse response = rest.send(request.as(role));
            assertThat(response.status()).as("%s: %s", name, response).isEqualTo(200);
            counts.put(name, statements.count());
        });
        return counts;
    }

    /** "small / large" per read, for the printed figures. */
    public static Map<String, String> figures(Map<String, Integer> small, Map<String, Integer> large) {
        Map<String, String> figures = new LinkedHashMap<>();
        small.forEach((name, count) -> figures.put(name, count + " / " + large.get(name)));
        return figures;
    }
}
