package dev.waypoint.kpi;

import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Kpi}s with their source. Lists are ordered by id. Methods taking collections accept any number of
 * ids (implementations chunk IN lists at 1,000) and ignore unknown and repeated ids; an empty collection finds nothing
 * without a query. Every method is one SQL statement per chunk (or a fixed number), whatever the number of KPIs.
 */
public interface KpiRepository {

    /** Stores a new KPI ({@code id} must be {@code null}) and returns it with its new id and version 0. */
    Kpi insert(Kpi kpi);

    /**
     * Stores {@code kpi} over the stored row with the same id and returns it with version + 1.
     *
     * @throws ConflictException ({@link ConflictException#staleVersion}) if the stored version differs from
     *                           {@code kpi.version()}
     * @throws NotFoundException if there is no such KPI
     */
    Kpi update(Kpi kpi);

    /** Deletes the KPI (not its values, alignments or target changes); does nothing if there is none. */
    void delete(KpiId id);

    Optional<Kpi> findById(KpiId id);

    List<Kpi> findByIds(Collection<KpiId> ids);

    /** Every KPI. KPIs are a few hundred per instance, so this is not paged; the refresh job reads it once per run. */
    List<Kpi> findAll();

    /** The KPIs whose parent (in the KPI tree) is {@code parentId}. */
    List<Kpi> findChildren(KpiId parentId);
}
