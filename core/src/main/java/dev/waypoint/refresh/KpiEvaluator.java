package dev.waypoint.refresh;

import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.UserDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates one KPI's source into a value or an error value. Queries run as the KPI owner; an inactive owner gives
 * the error OWNER_INACTIVE without any search, and a search Jira refuses (bad JQL, lost permission) gives
 * SEARCH_FAILED with Jira's message. Evaluation stops at the first failed search of a KPI.
 *
 * <p><b>JQL searches per KPI</b> (what the refresh job's cost is predicted from):
 * <table>
 *   <caption>searches per source</caption>
 *   <tr><td>JQL_COUNT</td><td>1</td></tr>
 *   <tr><td>JQL_RATIO</td><td>2 (numerator, denominator); denominator 0 gives DENOMINATOR_ZERO</td></tr>
 *   <tr><td>PER_AGENT</td><td>2 + agents (group / role), 3 + agents (assignees); see {@link PerAgentEvaluator}</td></tr>
 *   <tr><td>DURATION</td><td>1 sample of at most {@code sampleCap} issues (the only search that reads issues)</td></tr>
 *   <tr><td>COMPOSITE</td><td>0: the children's latest values</td></tr>
 *   <tr><td>MANUAL</td><td>0: never refreshed</td></tr>
 *   <tr><td>inactive owner</td><td>0</td></tr>
 * </table>
 */
public final class KpiEvaluator {

    private final Searches search;
    private final UserDirectory users;
    private final PerAgentEvaluator perAgent;

    public KpiEvaluator(IssueSearch search, UserDirectory users) {
        this.search = new Searches(search);
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.perAgent = new PerAgentEvaluator(this.search, users);
    }

    /**
     * The value of {@code kpi} at {@code at}. Never throws for a failed search or a missing input: those become error
     * values. (Unexpected exceptions, e.g. from a broken adapter, are left to the caller, which records them.)
     *
     * @param latest the latest value of every KPI (for composites), including values computed earlier in this run
     */
    public KpiValue evaluate(Kpi kpi, Instant at, Map<KpiId, KpiValue> latest, RefreshSettings settings) {
        try {
            if (!(kpi.source() instanceof KpiSource.Composite) && !users.isActive(kpi.owner())) {
                throw new RefreshFailure(KpiErrorCode.OWNER_INACTIVE, kpi.owner().value());
            }
            return switch (kpi.source()) {
                case KpiSource.JqlCount s -> KpiValue.of(kpi.id(), at, search.count(s.jql(), kpi.owner()));
                case KpiSource.JqlRatio s -> ratio(kpi, s, at);
                case KpiSource.PerAgent s -> perAgent.evaluate(kpi, s, at, settings);
                case KpiSource.Duration s -> duration(kpi, s, at);
                case KpiSource.Composite s -> composite(kpi, s, at, latest);
                case KpiSource.Manual s -> throw new IllegalArgumentException("MANUAL KPI " + kpi.id()
                        + " is not refreshed");
            };
        } catch (RefreshFailure failure) {
            return KpiValue.failed(kpi.id(), at, failure.error());
        }
    }

    private KpiValue ratio(Kpi kpi, KpiSource.JqlRatio s, Instant at) {
        long numerator = search.count(s.numeratorJql(), kpi.owner());
        long denominator = search.count(s.denominatorJql(), kpi.owner());
        if (denominator == 0) {
            throw new RefreshFailure(KpiErrorCode.DENOMINATOR_ZERO, "");
        }
        return KpiValue.of(kpi.id(), at, numerator / (double) denominator);
    }

    private KpiValue duration(Kpi kpi, KpiSource.Duration s, Instant at) {
        List<IssueFacts> sample = search.sample(Jql.durationSample(s.jql(), s.fromField(), s.toField()), kpi.owner(),
                s.sampleCap(), Set.of(s.fromField(), s.toField()));
        List<Long> seconds = sample.stream()
                .filter(f -> f.dates().containsKey(s.fromField()) && f.dates().containsKey(s.toField()))
                .map(f -> f.dates().get(s.toField()).getEpochSecond() - f.dates().get(s.fromField()).getEpochSecond())
                .filter(d -> d >= 0)
                .toList();
        if (seconds.isEmpty()) {
            throw new RefreshFailure(KpiErrorCode.NO_DATA, "");
        }
        return KpiValue.of(kpi.id(), at, DurationStatistics.compute(s.statistic(), seconds));
    }

    private static KpiValue composite(Kpi kpi, KpiSource.Composite s, Instant at, Map<KpiId, KpiValue> latest) {
        Map<KpiId, Double> values = new HashMap<>();
        for (CompositeChild child : s.children()) {
            KpiValue value = latest.get(child.kpiId());
            if (value == null || value.value() == null) {
                throw new RefreshFailure(KpiErrorCode.CHILD_WITHOUT_VALUE, child.kpiId().toString());
            }
            values.put(child.kpiId(), value.value());
        }
        double result = s.contributions(values).orElseThrow().stream().mapToDouble(Double::doubleValue).sum();
        if (!Kpi.isAcceptedNumber(result)) {
            throw new RefreshFailure(KpiErrorCode.INTERNAL, "composite value out of range: " + result);
        }
        return KpiValue.of(kpi.id(), at, result);
    }
}
