package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.ADMIN;
import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.OPEN_TICKETS;
import static dev.waypoint.kpi.testdata.KpiTestData.aDefinition;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.testdata.KpiDefinitionBuilder;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KpiServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiService service = world.kpiService();

    private InvalidInputException refusedCreate(KpiDefinitionBuilder definition) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(ALICE, definition.build()));
        assertThat(e).as("refused").isNotNull();
        assertThat(world.kpis.writes()).as("nothing written").isZero();
        return e;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Nested
    class Create {

        @Test
        void givenValidDefinition_create_storesTheKpiWithDefaultsAfterValidatingJqlAsTheOwner() {
            Kpi created = service.create(ALICE, aDefinition().description("  ").refreshMinutes(null).build());

            assertThat(world.kpis.findById(created.id())).contains(created);
            assertThat(created.refreshMinutes()).isEqualTo(Kpi.DEFAULT_REFRESH_MINUTES);
            assertThat(created.description()).isNull();
            assertThat(world.search.calls()).containsExactly(
                    new CountingIssueSearch.Call("validate",
                            OPEN_TICKETS, ALICE, 0));
        }

        @Test
        void givenEveryCommonFieldBad_create_reportsEachFieldAndWritesNothing() {
            InvalidInputException e = refusedCreate(aDefinition()
                    .named(" ").description("d".repeat(Limits.DESCRIPTION + 1)).unit("u".repeat(Limits.UNIT + 1))
                    .format(null).direction(null).target(Double.NaN).warning(Double.POSITIVE_INFINITY).ownedBy(null)
                    .refreshMinutes(4).source(null));

            assertThat(fields(e)).containsExactlyInAnyOrder("name", "description", "unit", "format", "direction",
                    "target", "warning", "owner", "refreshMinutes", "source");
        }

        @Test
        void givenMissingTarget_create_isRefusedOnTarget() {
            InvalidInputException e = refusedCreate(aDefinition().target(null));

            assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("waypoint.kpi.target.required");
        }

        @Test
        void givenWarningOnTheWrongSideOfTheTarget_create_isRefusedOnWarning() {
            InvalidInputException lower = refusedCreate(aDefinition()
                    .direction(KpiDirection.LOWER_IS_BETTER).target(20d).warning(10d));
            InvalidInputException higher = refusedCreate(aDefinition()
                    .direction(KpiDirection.HIGHER_IS_BETTER).target(0.9).warning(0.95));

            assertThat(lower.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("warning");
                assertThat(error.message()).isEqualTo(
                        "Warning bound 10 must be above the target 20, because lower is better");
            });
            assertThat(higher.errors()).singleElement().extracting(FieldError::messageKey)
                    .isEqualTo("waypoint.kpi.warning.wrongSideHigher");
        }

        @Test
        void givenJqlJiraRefuses_create_reportsJirasMessagesOnTheField() {
            world.search.invalid("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.",
                    "Field 'sprint' does not exist.");

            InvalidInputException e = refusedCreate(aDefinition().source(new KpiSource.JqlCount("project = NOPE")));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                    tuple("source.jql",
                            "The value 'NOPE' does not exist for the field 'project'."),
                    tuple("source.jql", "Field 'sprint' does not exist."));
        }

        @Test
        void givenRatioWithoutDenominator_create_isRefusedOnTheDenominator() {
            InvalidInputException e = refusedCreate(aDefinition().source(new KpiSource.JqlRatio("project = SUP",
                    null)));

            assertThat(fields(e)).containsExactly("source.denominatorJql");
            assertThat(e.errors().get(0).message()).isEqualTo("Query is required");
        }

        @Test
        void givenOverlongOrControlCharacterJql_create_isRefusedWithoutAskingJira() {
            InvalidInputException e = refusedCreate(aDefinition().source(new KpiSource.JqlRatio(
                    "x".repeat(Limits.JQL + 1), "project = SUP\u0007")));

            assertThat(e.errors()).extracting(FieldError::messageKey)
                    .containsExactly("waypoint.kpi.jql.tooLong", "waypoint.kpi.jql.controlCharacters");
            assertThat(world.search.calls()).isEmpty();
        }

        @Test
        void givenUnknownGroup_create_isRefusedOnTheGroup() {
            InvalidInputException e = refusedCreate(aDefinition().source(perAgentOfGroup("project = SUP", "nobody")));

            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("source.group");
                assertThat(error.message()).isEqualTo("Group \"nobody\" does not exist");
            });
        }

        @Test
        void givenKnownGroupOrRole_create_acceptsThePerAgentKpi() {
            world.users.group("support", agents("agent", 3))
                    .role(new ProjectKey("SUP"), "Service Desk Team", agents("agent", 2));

            Kpi byGroup = service.create(ALICE, aDefinition().source(perAgentOfGroup("project = SUP", "support"))
                    .build());
            Kpi byRole = service.create(ALICE, aDefinition().source(new KpiSource.PerAgent("project = SUP",
                    new AgentSelection.ProjectRole(new ProjectKey("SUP"), "Service Desk Team"))).build());

            assertThat(world.kpis.findAll()).containsExactly(byGroup, byRole);
        }

        @Test
        void givenUnknownOrIncompleteProjectRoleOrNoAgents_create_isRefusedOnEachField() {
            InvalidInputException unknown = refusedCreate(aDefinition().source(new KpiSource.PerAgent("a = 1",
                    new AgentSelection.ProjectRole(new ProjectKey("SUP"), "Ghosts"))));
            InvalidInputException incomplete = refusedCreate(aDefinition().source(new KpiSource.PerAgent("a = 1",
                    new AgentSelection.ProjectRole(null, " "))));
            InvalidInputException none = refusedCreate(aDefinition().source(new KpiSource.PerAgent("a = 1", null)));

            assertThat(unknown.errors()).extracting(FieldError::message)
                    .containsExactly("Project SUP has no project role \"Ghosts\"");
            assertThat(fields(incomplete)).containsExactly("source.project", "source.role");
            assertThat(fields(none)).containsExactly("source.agents");
        }

        @Test
        void givenBadDurationSource_create_reportsEveryBadPart() {
            InvalidInputException e = refusedCreate(aDefinition().source(new KpiSource.Duration(" ", "created",
                    "Created", null, 0)));

            assertThat(fields(e)).containsExactly("source.jql", "source.toField", "source.statistic",
                    "source.sampleCap");
        }

        @Test
        void givenInactiveOwner_create_isRefusedAndJqlIsNotValidatedAsNobody() {
            world.users.deactivate(BOB);

            InvalidInputException e = refusedCreate(aDefinition().ownedBy(BOB));

            assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("waypoint.kpi.owner.inactive");
            assertThat(world.search.calls()).isEmpty();
        }

        @Test
        void givenSomeoneElseAsOwnerOfAQuery_create_validatesTheQueryAsThatOwner() {
            Kpi forBob = service.create(ALICE, aDefinition().ownedBy(BOB).build());

            assertThat(forBob.owner()).isEqualTo(BOB);
            assertThat(world.search.calls()).extracting(c -> c.asUser()).containsOnly(BOB);
        }

        @Test
        void givenUnitWithALineBreakOrATab_create_isRefusedOnTheUnitAsEveryLineIs() {
            InvalidInputException lineBreak = refusedCreate(aDefinition().unit("tick\nets"));
            InvalidInputException tab = refusedCreate(aDefinition().unit("tick\tets"));

            assertThat(lineBreak.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("unit");
                assertThat(error.messageKey()).isEqualTo("waypoint.kpi.unit.controlCharacters");
            });
            assertThat(fields(tab)).containsExactly("unit");
        }

        @Test
        void givenDurationBetweenFieldsJiraDoesNotKnowAsDates_create_namesEachFieldAndAsksJiraNothingMore() {
            InvalidInputException e = refusedCreate(aDefinition().source(new KpiSource.Duration("project = SUP",
                    "Story Points", "resolvedAt", DurationStatistic.MEAN, 100)));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                    tuple("source.fromField", "Jira has no date field \"Story Points\": name a date field such as"
                            + " created, updated, resolutiondate or duedate, or a date or date-time custom field"),
                    tuple("source.toField", "Jira has no date field \"resolvedAt\": name a date field such as"
                            + " created, updated, resolutiondate or duedate, or a date or date-time custom field"));
        }

        @Test
        void givenDurationBetweenSystemAndCustomDateFields_create_storesIt() {
            world.dateFields.customDate("First response");

            Kpi created = service.create(ALICE, aDefinition().source(new KpiSource.Duration("project = SUP",
                    "First response", "ResolutionDate", DurationStatistic.MEDIAN, 100)).build());

            assertThat(created.source()).isInstanceOf(KpiSource.Duration.class);
        }

        @Test
        void givenAuthoredCompositeOfAnotherProjectsKpi_create_isRefusedSoThatItsValueShowsNothingOfThatProject() {
            Kpi elsewhere = world.store(aKpi().scope(new ProjectKey("HR")));
            Kpi global = world.store(aKpi().global());
            KpiNaming author = KpiNaming.byAuthor(id -> true);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(ALICE,
                    aDefinition().source(composite(CompositeAggregation.SUM, global.id(), elsewhere.id())).build(),
                    world.kpis.findAll(), author));
            InvalidInputException asGlobal = catchThrowableOfType(InvalidInputException.class, () -> service.create(
                    ALICE, aDefinition().scope(null).source(composite(CompositeAggregation.SUM, global.id(),
                            elsewhere.id())).build(), world.kpis.findAll(), author));
            Kpi sample = service.create(ALICE, aDefinition().scope(null).source(composite(CompositeAggregation.SUM,
                    global.id(), elsewhere.id())).build());

            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("source.children[1].kpiId");
                assertThat(error.messageKey()).isEqualTo("waypoint.kpi.child.scope");
            });
            assertThat(fields(asGlobal)).containsExactly("source.children[1].kpiId");
            assertThat(world.kpis.findAll()).containsExactly(elsewhere, global, sample);
        }

        @Test
        void givenParentAndChildTheAuthorMayNotName_create_reportsThemAsMissing() {
            Kpi hidden = world.store(aKpi().named("Hidden"));

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(ALICE,
                    aDefinition().parent(hidden.id()).source(composite(CompositeAggregation.SUM, hidden.id()))
                            .build(), world.kpis.findAll(), KpiNaming.byAuthor(id -> false)));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                    tuple("parentId", "Parent KPI " + hidden.id() + " does not exist"),
                    tuple("source.children[0].kpiId", "Child KPI " + hidden.id() + " does not exist"));
        }

        @Test
        void givenUnknownParent_create_isRefusedOnParent() {
            InvalidInputException e = refusedCreate(aDefinition().parent(new KpiId(99)));

            assertThat(e.errors()).singleElement().extracting(FieldError::message)
                    .isEqualTo("Parent KPI 99 does not exist");
        }

        @Test
        void givenCompositeWithBadChildren_create_reportsEachChild() {
            Kpi child = world.store(aKpi());
            KpiSource source = new KpiSource.Composite(null, List.of(CompositeChild.of(child.id()),
                    CompositeChild.of(child.id()), CompositeChild.of(new KpiId(99)), new CompositeChild(null, 1),
                    new CompositeChild(child.id(), 0)));

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(ALICE, aDefinition().source(source).build()));

            assertThat(fields(e)).containsExactly("source.aggregation", "source.children[1].kpiId",
                    "source.children[2].kpiId", "source.children[3].kpiId", "source.children[4].weight",
                    "source.children[4].kpiId");
            assertThat(world.kpis.findAll()).containsExactly(child);
        }

        @Test
        void givenCompositeWithoutChildren_create_isRefused() {
            InvalidInputException e = refusedCreate(aDefinition().source(composite(CompositeAggregation.SUM)));

            assertThat(fields(e)).containsExactly("source.children");
        }

        @Test
        void givenValidComposite_create_storesItWithoutAskingJira() {
            Kpi a = world.store(aKpi());
            Kpi b = world.store(aKpi());

            Kpi sum = service.create(ALICE, aDefinition().source(composite(CompositeAggregation.SUM, a.id(), b.id()))
                    .build());

            assertThat(sum.compositeChildren()).containsExactly(a.id(), b.id());
            assertThat(world.search.calls()).isEmpty();
        }
    }

    @Nested
    class Update {

        @Test
        void givenTargetChange_update_storesItAndRecordsTheTargetChangeInOneTransaction() {
            Kpi stored = world.store(aKpi());

            Kpi updated = service.update(ALICE, stored.id(), 0, KpiDefinitionBuilder.of(stored).target(15d).build());

            assertThat(updated.target()).isEqualTo(15);
            assertThat(updated.version()).isEqualTo(1);
            assertThat(world.targetChanges.all()).containsExactly(new KpiTargetChange(stored.id(), NOW, 20, 15,
                    KpiDirection.LOWER_IS_BETTER, ALICE));
            assertThat(world.transactions.count()).isEqualTo(1);
        }

        @Test
        void givenSameTarget_update_recordsNoTargetChange() {
            Kpi stored = world.store(aKpi());

            service.update(ALICE, stored.id(), 0, KpiDefinitionBuilder.of(stored).named("Renamed").build());

            assertThat(world.kpis.findById(stored.id()).orElseThrow().name()).isEqualTo("Renamed");
            assertThat(world.targetChanges.all()).isEmpty();
        }

        @Test
        void givenStaleVersion_update_throwsConflictAndWritesNothing() {
            Kpi stored = world.store(aKpi());
            service.update(ALICE, stored.id(), 0, KpiDefinitionBuilder.of(stored).named("First").build());

            assertThatThrownBy(() -> service.update(ALICE, stored.id(), 0,
                    KpiDefinitionBuilder.of(stored).named("Second").build()))
                    .isInstanceOf(ConflictException.class);
            assertThat(world.kpis.findById(stored.id()).orElseThrow().name()).isEqualTo("First");
        }

        @Test
        void givenUnknownKpi_update_throwsNotFound() {
            assertThatThrownBy(() -> service.update(ALICE, new KpiId(99), 0, aDefinition().build()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenParentThatIsADescendant_update_refusesTheLoop() {
            Kpi root = world.store(aKpi().named("Root"));
            Kpi child = world.store(aKpi().named("Child").parent(root.id()));
            Kpi grandchild = world.store(aKpi().named("Grandchild").parent(child.id()));
            int writes = world.kpis.writes();

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(ALICE,
                    root.id(), 0, KpiDefinitionBuilder.of(root).parent(grandchild.id()).build()));
            InvalidInputException self = catchThrowableOfType(InvalidInputException.class, () -> service.update(
                    ALICE, root.id(), 0, KpiDefinitionBuilder.of(root).parent(root.id()).build()));

            assertThat(e.errors()).singleElement().extracting(FieldError::messageKey)
                    .isEqualTo("waypoint.kpi.parent.loop");
            assertThat(fields(self)).containsExactly("parentId");
            assertThat(world.kpis.writes()).isEqualTo(writes);
        }

        @Test
        void givenCompositeChildThatDependsOnIt_update_refusesTheLoop() {
            Kpi leaf = world.store(aKpi().named("Leaf"));
            Kpi top = world.store(aKpi().named("Top"));
            Kpi middle = world.store(aKpi().named("Middle").source(composite(CompositeAggregation.SUM, top.id())));

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(ALICE,
                    top.id(), 0, KpiDefinitionBuilder.of(top)
                            .source(composite(CompositeAggregation.AVERAGE, leaf.id(), middle.id())).build()));
            InvalidInputException self = catchThrowableOfType(InvalidInputException.class, () -> service.update(
                    ALICE, top.id(), 0, KpiDefinitionBuilder.of(top)
                            .source(composite(CompositeAggregation.AVERAGE, top.id())).build()));

            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("source.children[1].kpiId");
                assertThat(error.messageKey()).isEqualTo("waypoint.kpi.child.loop");
            });
            assertThat(self.errors()).extracting(FieldError::messageKey).containsExactly("waypoint.kpi.child.loop");
        }

        @Test
        void givenNewOwner_update_validatesTheQueryAsTheNewOwner() {
            Kpi stored = world.store(aKpi());
            world.search.failFor(BOB, "You do not have permission to browse project SUP.");

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(ADMIN,
                    stored.id(), 0, KpiDefinitionBuilder.of(stored).ownedBy(BOB).build()));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                    tuple("source.jql",
                            "You do not have permission to browse project SUP."));
        }
    }
}
