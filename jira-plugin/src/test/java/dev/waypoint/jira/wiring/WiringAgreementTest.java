package dev.waypoint.jira.wiring;


import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.cycle.CyclesInUse;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.search.DateFields;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserNames;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The composition root ({@link WaypointApp}, which the preview, the tests and the benchmarks run) and Jira's Spring
 * wiring (plugin-context.xml, the scanned components and the REST resources) build the same components. (The REST
 * module's providers, exception mappers and JSON, are added by each host beside the root's resources.) What the
 * host provides (storage and platform adapters: packages {@code ao}, {@code platform}, {@code search}, {@code issue},
 * {@code schedule} and the settings store) is outside the root by design and listed here, so that a component added
 * to one side only fails this test.
 */
class WiringAgreementTest {

    /** Packages (under dev.waypoint.jira) whose classes the host builds and passes to the root. */
    private static final List<String> HOST_PACKAGES = List.of("ao", "platform", "search", "issue", "schedule");

    /** Classes of the settings package that adapt the host (the root builds only the settings sources). */
    private static final Set<String> HOST_SETTINGS = Set.of("PluginSettingsWaypointSettings",
            "JiraCustomFieldLookup", "InMemoryWaypointSettingsStore");

    @Test
    void givenTheRootAndSpring_comparingTheirComponents_theyAreTheSame() throws Exception {
        PluginContext context = WiringContractTest.appContext();
        List<Class<?>> resources = WiringContractTest.restClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).toList();
        Set<String> spring = new TreeSet<>();
        List.of(context.declared(), context.components(), resources).forEach(classes -> classes.stream()
                .filter(c -> !hostProvided(c)).map(Class::getName).forEach(spring::add));

        Set<String> root = app().components().stream().map(c -> c.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(root).as("built by WaypointApp but not declared for Spring").isSubsetOf(spring);
        assertThat(spring).as("declared for Spring but not built by WaypointApp").isSubsetOf(root);
    }

    @Test
    void givenTheRoot_listingComponents_eachClassIsBuiltOnce() {
        List<String> classes = app().components().stream().map(c -> c.getClass().getName()).toList();

        assertThat(new HashSet<>(classes)).hasSameSizeAs(classes);
    }

    private static boolean hostProvided(Class<?> type) {
        String name = type.getName();
        return type == Clock.class
                || HOST_PACKAGES.stream().anyMatch(p -> name.startsWith("dev.waypoint.jira." + p + "."))
                || name.startsWith("dev.waypoint.jira.settings.") && HOST_SETTINGS.contains(type.getSimpleName());
    }

    static WaypointApp app() {
        Storage storage = new Storage(mock(CycleRepository.class), mock(ObjectiveRepository.class),
                mock(KeyResultRepository.class), mock(CheckInRepository.class), mock(InitiativeRepository.class),
                mock(OkrReadRepository.class), mock(CompanyReadRepository.class), mock(CyclesInUse.class),
                mock(KpiRepository.class), mock(KpiValueRepository.class),
                mock(KpiAlignmentRepository.class), mock(KpiTargetChangeRepository.class),
                mock(KeyResultRefreshStatusRepository.class), mock(Transactions.class));
        Platform platform = new Platform(mock(CurrentUser.class), mock(AccessFacts.class), mock(Translator.class),
                mock(IssueSearch.class), mock(UserDirectory.class), mock(IssueDirectory.class),
                mock(UserNames.class), mock(WaypointSettingsStore.class), mock(CustomFieldLookup.class),
                mock(BrowsableProjects.class), mock(AgentDirectory.class), mock(DateFields.class), Clock.systemUTC());
        return new WaypointApp(storage, platform);
    }
}
