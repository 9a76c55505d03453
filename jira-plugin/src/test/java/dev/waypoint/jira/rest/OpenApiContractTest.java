package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.jira.rest.support.Endpoint;
import dev.waypoint.jira.rest.support.OpenApiDocument;
import dev.waypoint.jira.rest.support.ResourceCatalog;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi/waypoint-openapi.json} describes exactly the endpoints the code serves, found by reflection, in both
 * directions: no endpoint is undocumented and no documented endpoint is missing.
 */
class OpenApiContractTest {

    private final OpenApiDocument document = OpenApiDocument.load();

    private static Set<String> codeOperations() {
        return ResourceCatalog.productionEndpoints().stream().map(Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void givenCode_everyEndpoint_isInTheDocument() {
        Set<String> undocumented = new TreeSet<>(codeOperations());
        undocumented.removeAll(document.operations());

        assertThat(undocumented).as("endpoints to add to %s", OpenApiDocument.RESOURCE).isEmpty();
    }

    @Test
    void givenDocument_everyOperation_isServedByTheCode() {
        Set<String> phantom = new TreeSet<>(document.operations());
        phantom.removeAll(codeOperations());

        assertThat(phantom).as("operations in %s that no resource method serves", OpenApiDocument.RESOURCE)
                .isEmpty();
    }

    @Test
    void givenDocument_reading_isOpenApi3ServedUnderTheRestModulePath() {
        assertThat(document.root().path("openapi").asText()).startsWith("3.");
        assertThat(document.root().path("servers").path(0).path("url").asText()).isEqualTo(RestProviders.BASE_PATH);
        assertThat(document.root().path("components").path("schemas").has("ErrorBody")).isTrue();
    }

    @Test
    void givenDocument_everyOperation_hasASuccessAndErrorAnswersInTheErrorShape() {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.root().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                List<String> codes = new ArrayList<>();
                responses.fieldNames().forEachRemaining(codes::add);
                if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                    problems.add(name + " documents no 2xx answer");
                }
                if (!codes.contains("401")) {
                    problems.add(name + " documents no 401 (every endpoint refuses anonymous users)");
                }
                for (String code : codes) {
                    if (!code.startsWith("2") && !isErrorShape(responses.path(code))) {
                        problems.add(name + " answer " + code + " is not an ErrorBody");
                    }
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    private boolean isErrorShape(JsonNode response) {
        JsonNode resolved = response;
        if (response.has("$ref")) {
            String name = response.path("$ref").asText().replace("#/components/responses/", "");
            resolved = document.root().path("components").path("responses").path(name);
        }
        return "#/components/schemas/ErrorBody".equals(
                resolved.path("content").path("application/json").path("schema").path("$ref").asText());
    }
}
