package dev.waypoint.kpi;

import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.util.Objects;

/**
 * Creates and updates KPIs. Every definition is validated completely (through {@link KpiValidator}, JQL as the owner)
 * before the first write, so bad input writes nothing. Permission to edit (owner, project admins, Jira admins) is
 * checked by the REST resource before calling; the security rule on queries is enforced here.
 *
 * <p>An update that changes the target records a {@link KpiTargetChange}, in the same transaction, for the insight
 * "target raised without an OKR".
 */
public final class KpiService {

    private final KpiRepository kpis;
    private final KpiValidator validator;
    private final KpiTargetChangeRepository targetChanges;
    private final Transactions transactions;
    private final Clock clock;

    public KpiService(KpiRepository kpis, KpiValidator validator, KpiTargetChangeRepository targetChanges,
            Transactions transactions, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.targetChanges = Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * Creates a KPI.
     *
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi create(UserKey actor, KpiDefinition definition) {
        Kpi kpi = validator.validate(actor, definition, null);
        return kpis.insert(kpi);
    }

    /**
     * Replaces the definition of a KPI.
     *
     * @param expectedVersion the version the user edited
     * @throws NotFoundException     if there is no such KPI
     * @throws ConflictException     if the KPI was changed since {@code expectedVersion}
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi update(UserKey actor, KpiId id, long expectedVersion, KpiDefinition definition) {
        Kpi existing = kpis.findById(id).orElseThrow(() -> new NotFoundException("KPI", id));
        if (existing.version() != expectedVersion) {
            throw ConflictException.staleVersion("KPI", id, expectedVersion, existing.version());
        }
        Kpi changed = validator.validate(actor, definition, existing);
        return transactions.inTransaction(() -> {
            Kpi updated = kpis.update(changed);
            if (existing.target() != updated.target()) {
                targetChanges.append(new KpiTargetChange(id, clock.instant(), existing.target(), updated.target(),
                        updated.direction(), actor));
            }
            return updated;
        });
    }
}
