package dev.waypoint.preview.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.jira.ao.AoCompanyReadRepository;
import dev.waypoint.jira.ao.AoCyclesInUse;
import dev.waypoint.jira.rest.RestProviders;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.rest.company.CompanyRestDependencies;
import dev.waypoint.jira.rest.company.CompanyRestResources;
import dev.waypoint.jira.rest.kpi.KpiRestDependencies;
import dev.waypoint.jira.rest.kpi.KpiRestResources;
import dev.waypoint.jira.rest.me.MeResource;
import dev.waypoint.jira.rest.project.OkrRestDependencies;
import dev.waypoint.jira.rest.project.OkrRestResources;
import dev.waypoint.jira.settings.CustomFieldLookup;
import dev.waypoint.jira.settings.StoredScoringSettings;
import dev.waypoint.preview.rest.RestModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app's REST module in the preview, {@code /rest/waypoint/1.0/}: the resources of the OKR and the KPI halves of
 * the API, built by their factories exactly as Jira's wiring builds them, and the app's providers (exception mappers,
 * JSON), over the preview's storage and ports on the real clock. This is where REST resources are plugged in.
 */
final class WaypointRest {

    /** The story-point field the sample's issues have, as the admin's default names it. */
    static final String STORY_POINT_FIELD = "Story Points";

    private WaypointRest() {
    }

    static RestModule module(WaypointStorage storage, ActiveObjects ao, WaypointPorts ports, CurrentUser currentUser,
            Translator translator, Clock clock) {
        List<Object> components = new ArrayList<>();
        components.addAll(OkrRestResources.create(new OkrRestDependencies(currentUser, ports.permissions(),
                storage.okr(), storage.transactions(), new StoredScoringSettings(ports.settings()), ports.issues(),
                ports.userNames(), storage.kpi().kpis(), clock)));
        components.addAll(KpiRestResources.create(new KpiRestDependencies(currentUser, ports.permissions(),
                translator, clock, storage.kpi(), storage.okr(), storage.transactions(), ports.search(),
                ports.users(), ports.settings(), storyPointField())));
        components.addAll(CompanyRestResources.create(new CompanyRestDependencies(currentUser, ports.permissions(),
                storage.okr().cycles(), new AoCompanyReadRepository(ao), new AoCyclesInUse(ao), storage.kpi().kpis(),
                storage.kpi().values(), new StoredScoringSettings(ports.settings()), ports.userNames(), clock)));
        components.add(new MeResource(currentUser, ports.permissions()));
        components.addAll(RestProviders.all(translator));
        return new RestModule("waypoint", "1.0", components);
    }

    private static CustomFieldLookup storyPointField() {
        return idOrName -> idOrName != null
                && idOrName.strip().toLowerCase(Locale.ROOT).equals(STORY_POINT_FIELD.toLowerCase(Locale.ROOT));
    }
}
