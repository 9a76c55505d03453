package dev.waypoint.ao.embedded;

import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** Module metadata of the embedded service: always initialised, on HSQLDB or PostgreSQL. */
final class EmbeddedModuleMetaData implements ActiveObjectsModuleMetaData {

    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final DatabaseType databaseType;

    EmbeddedModuleMetaData(DatabaseProvider provider, EntityManager entityManager, DatabaseType databaseType) {
        this.provider = provider;
        this.entityManager = entityManager;
        this.databaseType = databaseType;
    }

    @Override
    public void awaitInitialization() {
        // initialised on construction
    }

    @Override
    public void awaitInitialization(long timeout, TimeUnit unit) {
        // initialised on construction
    }

    @Override
    public boolean isInitialized() {
        return true;
    }

    @Override
    public DatabaseType getDatabaseType() {
        return databaseType;
    }

    @Override
    public boolean isDataSourcePresent() {
        return true;
    }

    @Override
    public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
        String table = entityManager.getTableNameConverter().getName(type);
        try (Connection connection = provider.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
