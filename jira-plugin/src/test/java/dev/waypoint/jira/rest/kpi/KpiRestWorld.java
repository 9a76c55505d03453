package dev.waypoint.jira.rest.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.company.inmemory.PortCompanyReadRepository;
import dev.waypoint.app.cycle.PortCyclesInUse;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.inmemory.InMemoryCheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.inmemory.InMemoryCycleRepository;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.initiative.inmemory.InMemoryInitiativeRepository;
import dev.waypoint.issue.inmemory.InMemoryIssueDirectory;
import dev.waypoint.jira.platform.PluginSettingsAccessSettings;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.search.StoryPointFieldSetting;
import dev.waypoint.jira.settings.PluginSettingsWaypointSettings;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.jira.wiring.Platform;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.jira.wiring.WaypointApp;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.keyresult.inmemory.InMemoryKeyResultRepository;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeDateFields;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.inmemory.InMemoryKpiTargetChangeRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.kpi.testdata.KpiBuilder;
import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.inmemory.ImmediateTransactions;
import dev.waypoint.testdata.CheckInBuilder;
import dev.waypoint.testdata.CycleBuilder;
import dev.waypoint.testdata.KeyResultBuilder;
import dev.waypoint.testdata.ObjectiveBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The KPI half of the REST API deployed on in-memory fakes of every port (core's test-jar), for the tests of its
 * resources: {@link #harness()} deploys the app's resources ({@link WaypointApp}) with them. The resources talk to proxies
 * ({@link Swappable}), so {@link #reset()} starts from empty fakes without redeploying, and every repository call is
 * counted ({@link #repositoryCalls()}). The settings live in SAL plugin settings in memory, read and written by the
 * real adapters. {@link #snapshot()} is everything stored, to prove that a refused request wrote nothing.
 */
public final class KpiRestWorld {

    /** Everything stored. */
    public record Snapshot(List<Kpi> kpis, List<KpiValue> values, List<KpiTargetChange> targetChanges,
            List<KeyResultRefreshStatus> statuses, List<Cycle> cycles, List<Objective> objectives,
            List<KeyResult> keyResults, List<CheckIn> checkIns, List<Initiative> initiatives,
            Map<String, Object> settings) {
    }

    /** The projects of the Jira the world stands for: the roles' project TEAM, and OTHER, which no role may see. */
    public static final List<ProjectChoice> PROJECTS = List.of(new ProjectChoice(new ProjectKey("TEAM"), "Team"),
            new ProjectChoice(new ProjectKey("OTHER"), "Other"));

    private final AtomicReference<KpiRepositories> repositories = new AtomicReference<>();
    private final Map<UserKey, String> agentNames = new ConcurrentHashMap<>();
    private final AtomicReference<CountingIssueSearch> search = new AtomicReference<>();
    private final AtomicReference<FakeUserDirectory> users = new AtomicReference<>();
    private final InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
    private final WaypointSettingsStore settings = new PluginSettingsWaypointSettings(pluginSettings,
            new PluginSettingsAccessSettings(pluginSettings), new StoryPointFieldSetting(pluginSettings));
    private final Set<String> customFields = new HashSet<>();
    private final FakeDateFields dateFields = new FakeDateFields().customDate("First response");
    private final Map<String, Integer> calls = new TreeMap<>();
    private final Supplier<KpiRepositories> emptyStorage;
    private final Transactions transactions;

    /** On in-memory fakes. */
    public KpiRestWorld() {
        this(KpiRepositories::inMemory, new ImmediateTransactions());
    }

    /**
     * On other storage (e.g. AO): {@code emptyStorage} gives empty repositories on every {@link #reset()}, whose ids
     * start at 1 again. {@link #snapshot()} needs the in-memory fakes.
     */
    public KpiRestWorld(Supplier<KpiRepositories> emptyStorage, Transactions transactions) {
        this.emptyStorage = emptyStorage;
        this.transactions = transactions;
        reset();
    }

    /**
     * Empty storage, settings and fakes; the custom field "Story Points" exists; Jira's system date fields and the
     * date custom field "First response" are the date fields Jira knows.
     */
    public void reset() {
        repositories.set(emptyStorage.get());
        search.set(new CountingIssueSearch());
        users.set(new FakeUserDirectory());
        pluginSettings.clear();
        customFields.clear();
        customFields.add("Story Points");
        agentNames.clear();
        synchronized (calls) {
            calls.clear();
        }
    }

    /** A harness deploying the app's resources on this world (not started). */
    public RestHarness harness() {
        return RestHarness.of(h -> app(h).resources());
    }

    /** The app on this world's (swappable) fakes, for the harness's user, permissions and clock. */
    public WaypointApp app(RestHarness h) {
        ObjectiveRepository objectives = proxy(ObjectiveRepository.class,
                () -> repositories.get().okr().objectives());
        KeyResultRepository keyResults = proxy(KeyResultRepository.class,
                () -> repositories.get().okr().keyResults());
        CheckInRepository checkIns = proxy(CheckInRepository.class, () -> repositories.get().okr().checkIns());
        Storage storage = new Storage(
                proxy(CycleRepository.class, () -> repositories.get().okr().cycles()),
                objectives, keyResults, checkIns,
                proxy(InitiativeRepository.class, () -> repositories.get().okr().initiatives()),
                proxy(OkrReadRepository.class, () -> repositories.get().okr().reads()),
                new PortCompanyReadRepository(objectives, keyResults, checkIns), new PortCyclesInUse(objectives),
                proxy(KpiRepository.class, () -> repositories.get().kpis()),
                proxy(KpiValueRepository.class, () -> repositories.get().values()),
                proxy(KpiAlignmentRepository.class, () -> repositories.get().alignments()),
                proxy(KpiTargetChangeRepository.class, () -> repositories.get().targetChanges()),
                proxy(KeyResultRefreshStatusRepository.class, () -> repositories.get().keyResultStatuses()),
                transactions);
        return new WaypointApp(storage, new Platform(h.currentUser(), h.facts(), h.translator(),
                Swappable.of(IssueSearch.class, search::get, call -> { }),
                Swappable.of(UserDirectory.class, users::get, call -> { }),
                new InMemoryIssueDirectory(h.facts()::canBrowseProject), users -> Map.of(), settings,
                customFields::contains, browsableProjects(h), agentDirectory(), dateFields, h.clock()));
    }

    /** The {@link #PROJECTS} the user may see by the harness's access facts. */
    private static BrowsableProjects browsableProjects(RestHarness h) {
        return user -> PROJECTS.stream()
                .filter(project -> h.permissions().canView(Optional.of(user), Scope.project(project.key())))
                .toList();
    }

    /** Every user is an agent whose JQL name is its key, with the display name set by {@link #agentNames()}. */
    private AgentDirectory agentDirectory() {
        return keys -> {
            Map<UserKey, AgentProfile> profiles = new HashMap<>();
            keys.forEach(key -> profiles.put(key, new AgentProfile(new Agent(key, key.value()),
                    agentNames.getOrDefault(key, key.value()))));
            return profiles;
        };
    }

    /** Display names of agents (user key to name), as Jira's user manager would give them; cleared by reset. */
    public Map<UserKey, String> agentNames() {
        return agentNames;
    }

    // ---------------------------------------------------------------- fakes and data

    public KpiRepositories repositories() {
        return repositories.get();
    }

    public CountingIssueSearch search() {
        return search.get();
    }

    public FakeUserDirectory users() {
        return users.get();
    }

    public WaypointSettingsStore settings() {
        return settings;
    }

    public InMemoryPluginSettings pluginSettings() {
        return pluginSettings;
    }

    public Set<String> customFields() {
        return customFields;
    }

    public Kpi store(KpiBuilder kpi) {
        return repositories().kpis().insert(kpi.build());
    }

    public KpiValue store(KpiValue value) {
        return repositories().values().append(value);
    }

    public Cycle store(CycleBuilder cycle) {
        return repositories().okr().cycles().insert(cycle.build());
    }

    public Objective store(ObjectiveBuilder objective) {
        return repositories().okr().objectives().insert(objective.build());
    }

    public KeyResult store(KeyResultBuilder keyResult) {
        return repositories().okr().keyResults().insert(keyResult.build());
    }

    public CheckIn store(CheckInBuilder checkIn) {
        return repositories().okr().checkIns().insert(checkIn.build());
    }

    /** Everything stored, as values. */
    public Snapshot snapshot() {
        KpiRepositories r = repositories();
        return new Snapshot(r.kpis().findAll(), ((InMemoryKpiValueRepository) r.values()).all(),
                ((InMemoryKpiTargetChangeRepository) r.targetChanges()).all(),
                ((InMemoryKeyResultRefreshStatusRepository) r.keyResultStatuses()).all(),
                ((InMemoryCycleRepository) r.okr().cycles()).all(),
                ((InMemoryObjectiveRepository) r.okr().objectives()).all(),
                ((InMemoryKeyResultRepository) r.okr().keyResults()).all(),
                ((InMemoryCheckInRepository) r.okr().checkIns()).all(),
                ((InMemoryInitiativeRepository) r.okr().initiatives()).all(), pluginSettings.snapshot());
    }

    // ---------------------------------------------------------------- repository calls

    /** Repository calls since the last {@link #resetCalls()}, by {@code Port.method}. */
    public Map<String, Integer> repositoryCalls() {
        synchronized (calls) {
            return Map.copyOf(calls);
        }
    }

    public int repositoryCallCount() {
        return repositoryCalls().values().stream().mapToInt(Integer::intValue).sum();
    }

    public void resetCalls() {
        synchronized (calls) {
            calls.clear();
        }
    }

    private <T> T proxy(Class<T> type, java.util.function.Supplier<? extends T> target) {
        return Swappable.of(type, target, call -> {
            synchronized (calls) {
                calls.merge(call, 1, Integer::sum);
            }
        });
    }
}
