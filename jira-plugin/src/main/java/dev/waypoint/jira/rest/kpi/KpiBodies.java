package dev.waypoint.jira.rest.kpi;

import com.atlassian.jira.security.roles.ProjectRole;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiSourceKind;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns KPI request bodies into core's input, reporting what only the boundary can tell (malformed keys and ids,
 * properties that do not apply to the source's type) on the JSON path of the field. Everything else (names, units,
 * numbers, bands, queries, date fields, groups, references, loops) is validated by core's {@code KpiValidator}, whose
 * field names are the JSON paths too.
 */
final class KpiBodies {

    private static final Map<KpiSourceKind, Set<String>> USED = Map.of(
            KpiSourceKind.JQL_COUNT, Set.of("jql"),
            KpiSourceKind.JQL_RATIO, Set.of("numeratorJql", "denominatorJql"),
            KpiSourceKind.PER_AGENT, Set.of("jql", "agents", "group", "project", "role"),
            KpiSourceKind.DURATION, Set.of("jql", "fromField", "toField", "statistic", "sampleCap"),
            KpiSourceKind.MANUAL, Set.of(),
            KpiSourceKind.COMPOSITE, Set.of("aggregation", "children"));

    private KpiBodies() {
    }

    /**
     * The definition of {@code body}, with the owner and project already parsed; an owner or refresh interval not
     * given stays {@code null} (core gives the default).
     */
    static KpiDefinition definition(Params in, KpiRequest body, UserKey owner, ProjectKey project) {
        KpiId parent = null;
        if (body.parentId() != null) {
            parent = positive(body.parentId()) ? new KpiId(body.parentId()) : null;
            if (parent == null) {
                in.add(RestMessages.error("parentId", RestMessages.ID_INVALID, body.parentId()));
            }
        }
        KpiSource source = source(in, body.source());
        return new KpiDefinition(body.name(), body.description(), body.unit(), body.format(), body.direction(),
                body.target(), body.warning(), owner, project, parent, body.refreshMinutes(), source);
    }

    /** The source as core takes it, unvalidated; {@code null} when not given or without a type. */
    static KpiSource source(Params in, KpiSourceJson s) {
        if (s == null) {
            return null;
        }
        if (s.type() == null) {
            in.add(RestMessages.error("source.type", RestMessages.REQUIRED));
            return null;
        }
        unused(in, s);
        return switch (s.type()) {
            case JQL_COUNT -> new KpiSource.JqlCount(s.jql());
            case JQL_RATIO -> new KpiSource.JqlRatio(s.numeratorJql(), s.denominatorJql());
            case PER_AGENT -> new KpiSource.PerAgent(s.jql(), agents(in, s));
            case DURATION -> new KpiSource.Duration(s.jql(), s.fromField(), s.toField(), s.statistic(),
                    s.sampleCap() == null ? KpiSource.Duration.DEFAULT_SAMPLE_CAP : s.sampleCap());
            case MANUAL -> new KpiSource.Manual();
            case COMPOSITE -> new KpiSource.Composite(s.aggregation(), children(in, s.children()));
        };
    }

    /** Checks {@code version} of an update: given, 0 or more. */
    static Long version(Params in, Long version) {
        if (version == null) {
            in.add(RestMessages.error("version", RestMessages.REQUIRED));
        } else if (version < 0) {
            in.add(KpiRestMessages.error("version", KpiRestMessages.VERSION_INVALID, version));
        }
        return version;
    }

    private static AgentSelection agents(Params in, KpiSourceJson s) {
        if (s.agents() == null) {
            return null;
        }
        return switch (s.agents()) {
            case GROUP -> new AgentSelection.Group(s.group());
            case PROJECT_ROLE -> new AgentSelection.ProjectRole(in.optionalProjectKey("source.project", s.project()),
                    s.role());
            case ASSIGNEES -> new AgentSelection.Assignees();
        };
    }

    private static List<CompositeChild> children(Params in, List<CompositeChildJson> children) {
        if (children == null) {
            return List.of();
        }
        List<CompositeChild> parsed = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            CompositeChildJson child = children.get(i);
            String field = "source.children[" + i + "]";
            if (child == null) {
                in.add(RestMessages.error(field, RestMessages.REQUIRED));
                continue;
            }
            KpiId id = null;
            if (child.kpiId() != null && positive(child.kpiId())) {
                id = new KpiId(child.kpiId());
            } else if (child.kpiId() != null) {
                in.add(RestMessages.error(field + ".kpiId", RestMessages.ID_INVALID, child.kpiId()));
            }
            parsed.add(new CompositeChild(id, child.weight() == null ? 1 : child.weight()));
        }
        return parsed;
    }

    private static void unused(Params in, KpiSourceJson s) {
        Set<String> used = USED.get(s.type());
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("jql", s.jql());
        given.put("numeratorJql", s.numeratorJql());
        given.put("denominatorJql", s.denominatorJql());
        given.put("agents", s.agents());
        given.put("group", s.group());
        given.put("project", s.project());
        given.put("role", s.role());
        given.put("fromField", s.fromField());
        given.put("toField", s.toField());
        given.put("statistic", s.statistic());
        given.put("sampleCap", s.sampleCap());
        given.put("aggregation", s.aggregation());
        given.put("children", s.children());
        given.forEach((name, value) -> {
            boolean applies = used.contains(name) && (s.type() != KpiSourceKind.PER_AGENT || appliesToAgents(name,
                    s.agents()));
            if (value != null && !applies) {
                in.add(KpiRestMessages.error("source." + name, KpiRestMessages.SOURCE_FIELD_UNUSED,
                        s.type() + (s.agents() == null ? "" : " (" + s.agents() + ")")));
            }
        });
    }

    private static boolean appliesToAgents(String name, AgentsKind agents) {
        return switch (name) {
            case "group" -> agents == AgentsKind.GROUP;
            case "project", "role" -> agents == AgentsKind.PROJECT_ROLE;
            default -> true;
        };
    }

    private static boolean positive(long id) {
        return id > 0;
    }
}
