package dev.waypoint.app.kpi;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.Role;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The read use cases of KPIs: who sees which KPI (a project's KPIs need Browse Projects; a composite needs every
 * child: DESIGN §5), and the rules of periods, scorecards and breakdowns.
 */
class KpiReadsTest {

    private static final ProjectKey TEAM = Role.PROJECT;

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();
    private Kpi teamKpi;
    private Kpi globalKpi;
    private Kpi agentsKpi;
    /** Global, over TEAM's two KPIs: visible only to who may browse TEAM. */
    private Kpi composite;

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    @BeforeEach
    void data() {
        teamKpi = world.store(aKpi().named("Open tickets").scope(TEAM).ownedBy(user(OWNER)));
        globalKpi = world.store(aKpi().named("Revenue").global().ownedBy(user(COMPANY_GROUP_MEMBER))
                .source(new dev.waypoint.kpi.KpiSource.Manual()));
        agentsKpi = world.store(aKpi().named("Per agent").scope(TEAM).ownedBy(user(OWNER))
                .source(KpiTestData.perAgentOfGroup("project = TEAM", "support")));
        composite = world.store(aKpi().named("Everything").global().ownedBy(user(JIRA_ADMIN))
                .source(KpiTestData.composite(CompositeAggregation.SUM, teamKpi.id(), agentsKpi.id())));
        world.store(KpiValue.of(teamKpi.id(), daysAgo(2), 28));
        world.store(KpiValue.of(teamKpi.id(), daysAgo(0.5), 25));
        world.store(KpiValue.of(composite.id(), daysAgo(0.5), 34.5));
        world.store(KpiValue.withBreakdown(agentsKpi.id(), daysAgo(0.5), 9.5, List.of(
                new AgentRow(new UserKey("a2"), 4, Health.GREEN), AgentRow.unassigned(3),
                new AgentRow(new UserKey("a1"), 12, Health.AMBER))));
    }

    private static void notFound(Runnable read) {
        assertThat(catchThrowableOfType(NotFoundException.class, read::run)).as("answers as if it did not exist")
                .isNotNull();
    }

    @Nested
    class GlobalCompositeOfProjectKpis {

        /** Every read of one KPI, as the viewer set in the world. */
        private final List<Consumer<KpiId>> reads = List.of(
                id -> world.detail().detail(id),
                id -> world.directory().children(id),
                id -> world.values().values(id, null, null),
                id -> world.trend().trend(id, 90),
                id -> world.agents().workload(id),
                id -> world.alignedObjectives().objectivesOf(id),
                id -> world.recording().record(id, LocalDate.of(2026, 2, 14), 3d),
                id -> world.refreshing().refresh(id));

        @Test
        void givenViewerWhoMayNotSeeItsChildren_readingItAnyWay_answersAsIfItDidNotExist() {
            world.as(COMPANY_GROUP_MEMBER);

            reads.forEach(read -> notFound(() -> read.accept(composite.id())));
        }

        @Test
        void givenViewerWhoMayNotSeeItsChildren_listingAndScorecards_leaveItOut() {
            world.as(COMPANY_GROUP_MEMBER);

            assertThat(world.directory().list(null)).containsExactly(globalKpi);
            KpiScorecard card = world.scorecard().ofKpis(List.of(composite.id(), globalKpi.id()), 30);
            assertThat(card.cards()).extracting(KpiCard::kpi).containsExactly(globalKpi);
            assertThat(card.missing()).containsExactly(composite.id());
        }

        @Test
        void givenViewerWhoMaySeeEveryChild_readingIt_seesItsValue() {
            world.as(PROJECT_MEMBER);

            assertThat(world.detail().detail(composite.id()).card().latest().value()).isEqualTo(34.5);
            assertThat(world.directory().list(null)).contains(composite);
        }
    }

    @Nested
    class Detail {

        @Test
        void givenMember_gettingAKpi_seesItsLatestValueAndMayNotManageIt() {
            KpiDetail detail = world.as(PROJECT_MEMBER).detail().detail(teamKpi.id());

            assertThat(detail.card().latest().value()).isEqualTo(25);
            assertThat(detail.card().health()).isEqualTo(Health.AMBER);
            assertThat(detail.canManage()).isFalse();
            assertThat(detail.canChangeJql()).isFalse();
        }

        @Test
        void givenProjectAdmin_gettingAKpi_mayManageButNotChangeItsJql() {
            KpiDetail detail = world.as(PROJECT_ADMIN).detail().detail(teamKpi.id());

            assertThat(detail.canManage()).isTrue();
            assertThat(detail.canChangeJql()).isFalse();
        }

        @Test
        void givenAnonymous_gettingAKpi_isRefusedAsNotLoggedIn() {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> world.as(Role.ANONYMOUS).detail().detail(globalKpi.id()));

            assertThat(e.isUnauthenticated()).isTrue();
        }
    }

    @Nested
    class Directory {

        @Test
        void givenProject_listing_answersTheVisibleKpisOfThatProjectOnly() {
            assertThat(world.as(OWNER).directory().list(TEAM)).containsExactly(teamKpi, agentsKpi);
            assertThat(world.as(LICENSED_WITHOUT_BROWSE).directory().list(TEAM)).isEmpty();
        }

        @Test
        void givenTree_listingChildren_answersOnlyVisibleChildrenInOneRead() {
            Kpi visibleChild = world.store(aKpi().named("Child").global().ownedBy(user(JIRA_ADMIN))
                    .parent(globalKpi.id()));
            world.store(aKpi().named("Hidden child").scope(TEAM).ownedBy(user(OWNER)).parent(globalKpi.id()));
            int reads = world.kpi.kpis.reads();

            List<Kpi> children = world.as(COMPANY_GROUP_MEMBER).directory().children(globalKpi.id());

            assertThat(children).containsExactly(visibleChild);
            assertThat(world.kpi.kpis.reads() - reads).isEqualTo(1);
        }
    }

    @Nested
    class Values {

        @Test
        void givenNoPeriod_listingValues_answersTheLastThirtyDays() {
            KpiHistory history = world.as(PROJECT_MEMBER).values().values(teamKpi.id(), null, null);

            assertThat(history.from()).isEqualTo(LocalDate.of(2026, 1, 17));
            assertThat(history.to()).isEqualTo(LocalDate.of(2026, 2, 15));
            assertThat(history.values()).extracting(KpiValue::value).containsExactly(28d, 25d);
        }

        @Test
        void givenPeriodBackwardsOrTooLong_listingValues_namesFrom() {
            world.as(PROJECT_MEMBER);
            InvalidInputException backwards = catchThrowableOfType(InvalidInputException.class,
                    () -> world.values().values(teamKpi.id(), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 1)));
            InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                    () -> world.values().values(teamKpi.id(), LocalDate.of(2025, 1, 1), null));

            assertThat(backwards.errors()).extracting(FieldError::field, FieldError::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("from", KpiAppMessages.PERIOD_ORDER));
            assertThat(tooLong.errors()).extracting(FieldError::message)
                    .containsExactly("The period must be at most 366 days, was 411");
        }

        @Test
        void givenOwner_recordingAValueOfAJqlKpi_isRefusedOnTheSource() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> world.as(OWNER).recording().record(teamKpi.id(), LocalDate.of(2026, 2, 14), 3d));

            assertThat(e.errors()).extracting(FieldError::field).containsExactly("source");
            assertThat(world.kpi.values.all()).hasSize(4);
        }

        @Test
        void givenMemberOfTheCompanyGroup_recordingAValueOfTheGlobalKpi_storesOnePerDate() {
            world.as(COMPANY_GROUP_MEMBER);

            world.recording().record(globalKpi.id(), LocalDate.of(2026, 2, 14), 3d);
            KpiReading again = world.recording().record(globalKpi.id(), LocalDate.of(2026, 2, 14), 4d);

            assertThat(again.value().value()).isEqualTo(4);
            assertThat(world.kpi.values.all()).filteredOn(v -> v.kpiId().equals(globalKpi.id())).hasSize(1);
        }

        @Test
        void givenMemberOfTheCompanyGroup_deletingTheValueOfADate_removesItAndTheLatestIsTheOneBefore() {
            world.as(COMPANY_GROUP_MEMBER);
            world.recording().record(globalKpi.id(), LocalDate.of(2026, 2, 12), 2d);
            world.recording().record(globalKpi.id(), LocalDate.of(2026, 2, 14), 3d);

            assertThat(world.deletingValue().delete(globalKpi.id(), LocalDate.of(2026, 2, 14))).isTrue();
            assertThat(world.deletingValue().delete(globalKpi.id(), LocalDate.of(2026, 2, 14))).isFalse();

            assertThat(world.kpi.values.findLatest(List.of(globalKpi.id())).get(globalKpi.id()).value())
                    .isEqualTo(2d);
        }

        @Test
        void givenDeletingAValue_ofAJqlKpiOrAsAMember_isRefusedAndNothingIsDeleted() {
            InvalidInputException computed = catchThrowableOfType(InvalidInputException.class,
                    () -> world.as(OWNER).deletingValue().delete(teamKpi.id(), LocalDate.of(2026, 2, 14)));
            AccessDeniedException member = catchThrowableOfType(AccessDeniedException.class,
                    () -> world.as(PROJECT_MEMBER).deletingValue().delete(globalKpi.id(), LocalDate.of(2026, 2, 14)));
            NotFoundException outsider = catchThrowableOfType(NotFoundException.class,
                    () -> world.as(LICENSED_WITHOUT_BROWSE).deletingValue().delete(teamKpi.id(),
                            LocalDate.of(2026, 2, 14)));

            assertThat(computed.errors()).extracting(FieldError::field).containsExactly("source");
            assertThat(member).isNotNull();
            assertThat(outsider).isNotNull();
            assertThat(world.kpi.values.calls("deleteAt")).isZero();
        }

        @Test
        void givenMember_recordingAValue_isRefused() {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> world.as(PROJECT_MEMBER).recording().record(globalKpi.id(), LocalDate.of(2026, 2, 14), 3d));

            assertThat(e).isNotNull();
        }
    }

    @Nested
    class Refreshing {

        @Test
        void givenProjectAdmin_refreshingAJqlKpi_countsAsItsOwner() {
            world.kpi.search.count(KpiTestData.OPEN_TICKETS, 12);

            KpiReading reading = world.as(PROJECT_ADMIN).refreshing().refresh(teamKpi.id());

            assertThat(reading.value().value()).isEqualTo(12);
            assertThat(world.kpi.search.calls()).extracting(c -> c.asUser()).containsOnly(user(OWNER));
        }

        @Test
        void givenManualKpi_refreshing_isRefusedOnTheSource() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> world.as(JIRA_ADMIN).refreshing().refresh(globalKpi.id()));

            assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly(KpiAppMessages.REFRESH_MANUAL);
        }
    }

    @Nested
    class ValidatingJql {

        @Test
        void givenOwnerOtherThanTheViewer_validating_isAllowedOnlyToAJiraAdmin() {
            world.kpi.search.invalid("bad", "Error in the JQL Query");
            var source = new dev.waypoint.kpi.KpiSource.JqlRatio("bad", "project = TEAM");

            AccessDeniedException leader = catchThrowableOfType(AccessDeniedException.class,
                    () -> world.as(COMPANY_GROUP_MEMBER).validatingJql().validate(user(OWNER), null, source));
            JqlVerdict verdict = world.as(JIRA_ADMIN).validatingJql().validate(user(OWNER), null, source);

            assertThat(leader).isNotNull();
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.problems()).containsExactly(
                    new JqlVerdict.Problem("source.numeratorJql", "Error in the JQL Query"));
            assertThat(world.kpi.search.calls()).extracting(c -> c.asUser()).containsOnly(user(OWNER));
        }

        @Test
        void givenBlankQuery_validating_isBadInputWithoutAskingJira() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> world.as(OWNER)
                    .validatingJql().validate(null, TEAM, KpiTestData.jqlCount(" ")));

            assertThat(e.errors()).extracting(FieldError::field).containsExactly("source.jql");
            assertThat(world.kpi.search.calls()).isEmpty();
        }
    }

    @Nested
    class Dashboard {

        @Test
        void givenTooManyKpisOrDays_scorecard_namesTheParameter() {
            world.as(OWNER);
            List<KpiId> many = java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(KpiId::new).toList();

            InvalidInputException tooMany = catchThrowableOfType(InvalidInputException.class,
                    () -> world.scorecard().ofKpis(many, 30));
            InvalidInputException days = catchThrowableOfType(InvalidInputException.class,
                    () -> world.scorecard().ofKpis(List.of(teamKpi.id()), 367));

            assertThat(tooMany.errors()).extracting(FieldError::field).containsExactly("kpis");
            assertThat(days.errors()).extracting(FieldError::field).containsExactly("days");
        }

        @Test
        void givenProjectTheViewerMayNotBrowse_scorecard_isRefused() {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> world.as(COMPANY_GROUP_MEMBER).scorecard().ofProject(TEAM, 30));

            assertThat(e).isNotNull();
            assertThat(world.as(OWNER).scorecard().ofProject(TEAM, 30).cards()).extracting(KpiCard::kpi)
                    .containsExactly(teamKpi, agentsKpi);
        }

        @Test
        void givenDays_trend_spansThemUpToToday() {
            KpiTrendChart chart = world.as(PROJECT_MEMBER).trend().trend(teamKpi.id(), 90);

            assertThat(chart.to()).isEqualTo(LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC));
            assertThat(chart.from()).isEqualTo(chart.to().minusDays(90));
            assertThat(chart.card().history()).hasSize(2);
        }
    }
}
