package dev.waypoint.kpi;

import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

/**
 * Creates and updates KPIs. Every definition is validated completely (through {@link KpiValidator}, JQL as the owner)
 * before the first write, so bad input writes nothing. Who may create or change what is decided before, by the use
 * cases of {@code dev.waypoint.app.kpi} ({@code KpiPermissions}); they also read every stored KPI once and pass it in,
 * with the KPIs the author may name.
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
     * Creates a KPI that may name any stored KPI ({@link KpiNaming#ANY}: for sample data and tests; users create
     * through {@code dev.waypoint.app.kpi.CreatingKpi}).
     *
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi create(UserKey actor, KpiDefinition definition) {
        return create(actor, definition, kpis.findAll(), KpiNaming.ANY);
    }

    /**
     * Creates a KPI.
     *
     * @param stored every stored KPI
     * @param naming which stored KPIs the definition may name as parent or child
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi create(UserKey actor, KpiDefinition definition, Collection<Kpi> stored, KpiNaming naming) {
        Objects.requireNonNull(actor, "'actor' must not be null");
        Kpi kpi = validator.validate(definition, null, stored, naming);
        return kpis.insert(kpi);
    }

    /**
     * Replaces the definition of a KPI that may name any stored KPI ({@link KpiNaming#ANY}: for sample data and
     * tests).
     *
     * @throws NotFoundException     if there is no such KPI
     * @throws ConflictException     if the KPI was changed since {@code expectedVersion}
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi update(UserKey actor, KpiId id, long expectedVersion, KpiDefinition definition) {
        Collection<Kpi> stored = kpis.findAll();
        Kpi existing = stored.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("KPI", id));
        return update(actor, existing, expectedVersion, definition, stored, KpiNaming.ANY);
    }

    /**
     * Replaces the definition of {@code existing}.
     *
     * @param expectedVersion the version the user edited
     * @param stored          every stored KPI ({@code existing} among them)
     * @param naming          which stored KPIs the definition may name as parent or child
     * @throws ConflictException     if the KPI was changed since {@code expectedVersion}
     * @throws InvalidInputException listing every bad field; nothing is written
     */
    public Kpi update(UserKey actor, Kpi existing, long expectedVersion, KpiDefinition definition,
            Collection<Kpi> stored, KpiNaming naming) {
        Objects.requireNonNull(actor, "'actor' must not be null");
        Objects.requireNonNull(existing, "'existing' must not be null");
        if (existing.version() != expectedVersion) {
            throw ConflictException.staleVersion("KPI", existing.id(), expectedVersion, existing.version());
        }
        Kpi changed = validator.validate(definition, existing, stored, naming);
        return transactions.inTransaction(() -> {
            Kpi updated = kpis.update(changed);
            if (existing.target() != updated.target()) {
                targetChanges.append(new KpiTargetChange(existing.id(), clock.instant(), existing.target(),
                        updated.target(), updated.direction(), actor));
            }
            return updated;
        });
    }
}
