package dev.waypoint.preview.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waypoint.preview.issues.DirectoryGroups;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The preview's stand-in for Jira's own group picker resource, {@code GET /rest/api/2/groups/picker?query=&maxResults=}
 * (Jira REST API 2, "Find groups": groups whose name contains the query, sorted, as {@code {header, total, groups:
 * [{name, html, labels}]}}), over the sample directory's groups. The {@code html} is the name escaped, never used by
 * the app.
 */
@Path("/groups/picker")
@Produces(MediaType.APPLICATION_JSON)
public final class GroupPickerResource {

    /** The answer of the group picker. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FoundGroups(String header, int total, List<FoundGroup> groups) {
    }

    public record FoundGroup(String name, String html, List<String> labels) {
    }

    private final DirectoryGroups groups;

    public GroupPickerResource(DirectoryGroups groups) {
        this.groups = Objects.requireNonNull(groups, "'groups' must not be null");
    }

    @GET
    public FoundGroups find(@QueryParam("query") String query, @QueryParam("maxResults") Integer maxResults) {
        String part = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<String> found = groups.groups().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(part)).sorted().toList();
        int max = maxResults == null || maxResults < 1 ? 20 : Math.min(maxResults, 100);
        List<FoundGroup> shown = found.stream().limit(max)
                .map(name -> new FoundGroup(name, escape(name), List.of())).toList();
        return new FoundGroups("Showing " + shown.size() + " of " + found.size() + " matching groups", found.size(),
                shown);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
