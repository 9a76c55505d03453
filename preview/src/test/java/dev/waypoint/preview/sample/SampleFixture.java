package dev.waypoint.preview.sample;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.jira.ao.AoSchema;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.preview.data.PreviewStorage;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.wiring.WaypointPorts;
import dev.waypoint.preview.wiring.WaypointServices;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sample loaded into a private in-memory database for a fixed day, with the preview's wiring: what the sample's
 * tests read back.
 */
public final class SampleFixture implements AutoCloseable {

    /** The sample's "today" in the tests: a Wednesday in the middle of the second quarter of 2026. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T09:30:00Z"), ZoneOffset.UTC);

    private final EmbeddedActiveObjects ao;
    private final SampleWorld world;
    private final Storage storage;
    private final WaypointPorts ports;
    private final SampleSummary summary;

    private SampleFixture(Clock clock) {
        ao = EmbeddedActiveObjects.inMemory(PreviewStorage.NAMESPACE);
        ao.migrate(AoSchema.ENTITIES);
        PreviewDirectory directory = PreviewDirectory.standard();
        world = SampleWorld.create(clock, directory);
        storage = Storage.activeObjects(ao);
        SearchMessages messages = new SearchMessages(PreviewI18n.load(SampleFixture.class.getClassLoader(),
                PreviewI18n.MissingKeys.FAIL));
        InMemoryWaypointSettingsStore settings = new InMemoryWaypointSettingsStore();
        summary = new SampleData(world, onClock -> WaypointServices.assemble(storage,
                WaypointPorts.create(world, directory, messages, settings, onClock), Optional::empty,
                Translator.ENGLISH, onClock).forSample(),
                storage.transactions()).load();
        ports = WaypointPorts.create(world, directory, messages, settings, clock);
    }

    public static SampleFixture load(Clock clock) {
        return new SampleFixture(clock);
    }

    public static SampleFixture load() {
        return load(CLOCK);
    }

    public SampleWorld world() {
        return world;
    }

    public Storage storage() {
        return storage;
    }

    /** The ports on the fixture's clock (the live preview's view). */
    public WaypointPorts ports() {
        return ports;
    }

    public SampleSummary summary() {
        return summary;
    }

    public EmbeddedActiveObjects activeObjects() {
        return ao;
    }

    @Override
    public void close() {
        ao.close();
    }
}
