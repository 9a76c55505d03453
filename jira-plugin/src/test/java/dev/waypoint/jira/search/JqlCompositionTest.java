package dev.waypoint.jira.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.shared.UserKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * DESIGN §5, "composed JQL never concatenates raw user text": the Jira adapter composes no JQL at all. The only JQL it
 * hands to Jira is the string core gives it, and core composes per-agent queries with {@link Jql} (whose quoting is
 * property-tested in core). Checked three ways: on the bytecode (ArchUnit), on the sources (grep), and end to end
 * through core's PER_AGENT evaluation with a user name built to break out of a string literal.
 */
class JqlCompositionTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/dev/waypoint/jira/search"),
            Path.of("src/main/java/dev/waypoint/jira/schedule"));
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint.jira.search", "dev.waypoint.jira.schedule");

    @Test
    void givenTheAdapterClasses_importing_findsJiraIssueSearch() {
        assertThat(ADAPTER.contain(JiraIssueSearch.class)).isTrue();
    }

    @Test
    void givenTheAdapterClasses_checkingDependencies_noneUsesJirasJqlBuildersOrParser() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.atlassian.jira.jql..")
                .because("the adapter runs core's JQL unchanged and builds none of its own")
                .check(ADAPTER);
    }

    @Test
    void givenTheAdapterClasses_checkingCalls_onlyJiraIssueSearchTalksToSearchService() {
        noClasses().that().doNotHaveFullyQualifiedName(JiraIssueSearch.class.getName())
                .should().dependOnClassesThat().areAssignableTo(SearchService.class)
                .check(ADAPTER);
    }

    @Test
    void givenTheAdapterSources_grepping_everyParseHandsOverTheJqlParameterUnchanged() throws IOException {
        String search = code(Files.readString(SOURCES.get(0).resolve("JiraIssueSearch.java")));
        List<String> parseCalls = matches(search, Pattern.compile("parseQuery\\([^)]*\\)"));

        assertThat(parseCalls).containsExactly("parseQuery(user, jql)");
        assertThat(matches(search, Pattern.compile(
                "\\bjql\\s*\\+|\\+\\s*jql\\b|\\bjql\\s*=[^=]|\\bjql\\.\\w+\\(|format\\([^)]*\\bjql\\b")))
                .as("jql concatenated, reassigned or rewritten").isEmpty();
    }

    @Test
    void givenTheAdapterSources_grepping_noStringLiteralHoldsJqlSyntax() throws IOException {
        Pattern jqlSyntax = Pattern.compile("\\b(AND|OR|NOT|ORDER BY|EMPTY|issue in|assignee|project\\s*=)\\b");
        List<String> offending = new ArrayList<>();
        for (Path directory : SOURCES) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String literal : matches(code(Files.readString(file)), Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\""))) {
                        if (jqlSyntax.matcher(literal).find()) {
                            offending.add(file.getFileName() + ": " + literal);
                        }
                    }
                }
            }
        }

        assertThat(offending).isEmpty();
    }

    @Test
    void givenAnAgentWhoseUserNameBreaksOutOfAQuote_perAgentEvaluation_runsOnlyQueriesComposedByCoresJql()
            throws Exception {
        SearchMocks jira = new SearchMocks();
        ApplicationUser owner = jira.user("alice", true);
        com.atlassian.query.Query query = jira.everyQueryValid(owner);
        when(jira.searchService.searchCount(owner, query)).thenReturn(4L);
        GroupManager groups = mock(GroupManager.class);
        ApplicationUser evil = SearchMocks.applicationUser("JIRAUSER9", "x\" OR project = SECRET OR assignee = \"y",
                true);
        ApplicationUser bob = SearchMocks.applicationUser("JIRAUSER2", "bob", true);
        when(groups.groupExists("support")).thenReturn(true);
        when(groups.getUsersInGroup("support")).thenReturn(List.of(evil, bob));
        JiraUserDirectory users = new JiraUserDirectory(jira.userManager, groups, mock(ProjectRoleManager.class),
                mock(ProjectManager.class));
        Kpi kpi = new KpiWorld().store(KpiTestData.aKpi().ownedBy(new UserKey("alice"))
                .source(KpiTestData.perAgentOfGroup(KpiTestData.OPEN_TICKETS, "support")));

        KpiValue value = new KpiEvaluator(jira.search, users).evaluate(kpi, KpiTestData.NOW, Map.of(),
                RefreshSettings.DEFAULTS);

        ArgumentCaptor<String> ran = ArgumentCaptor.forClass(String.class);
        verify(jira.searchService, atLeastOnce()).parseQuery(eq(owner), ran.capture());
        Agent bobAgent = new Agent(new UserKey("JIRAUSER2"), "bob");
        Agent evilAgent = new Agent(new UserKey("JIRAUSER9"), evil.getUsername());
        assertThat(ran.getAllValues()).containsExactly(KpiTestData.OPEN_TICKETS,
                Jql.assignedTo(KpiTestData.OPEN_TICKETS, bobAgent), Jql.assignedTo(KpiTestData.OPEN_TICKETS, evilAgent),
                Jql.unassigned(KpiTestData.OPEN_TICKETS));
        assertThat(ran.getAllValues().get(2)).endsWith("assignee = \"x\\\" OR project = SECRET OR assignee = \\\"y\"");
        assertThat(value.isError()).isFalse();
        verify(jira.searchService, org.mockito.Mockito.never()).searchCountOverrideSecurity(any(), any());
    }

    /** The source without comments (so that Javadoc examples are not taken for code). */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    private static List<String> matches(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
