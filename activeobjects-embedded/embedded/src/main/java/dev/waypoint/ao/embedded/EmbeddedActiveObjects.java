package dev.waypoint.ao.embedded;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.schema.info.SimpleEntityInfoResolverFactory;
import org.hsqldb.jdbc.JDBCDataSource;

/**
 * Jira's {@link ActiveObjects} service, outside Jira: the real Active Objects {@link EntityManager} on an embedded
 * HSQLDB database, with Atlassian's name converters and the table prefix Jira would give the plugin. For tests
 * (in memory) and the preview (a file).
 *
 * <p>Transactions: {@link #executeInTransaction} runs the callback on one connection and commits it; a
 * {@link RuntimeException} (or {@link Error}) rolls everything back and is rethrown, as SAL's TransactionTemplate does
 * in Jira. Calls nested inside a transaction join it.
 *
 * <p>SQL failures surface as {@link ActiveObjectsException} (unchecked), as they do through Jira's service.
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {

    /**
     * Multi-version concurrency with row locks for writers, like the databases Jira runs on (PostgreSQL, Oracle, SQL
     * Server with snapshot isolation); HSQLDB's default (table locks) would deadlock concurrent writers instead.
     */
    private static final String MVCC = ";hsqldb.tx=mvcc";

    private final EntityManager entityManager;
    private final HSQLDatabaseProvider provider;
    private final String tablePrefix;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final EmbeddedModuleMetaData metaData;

    private EmbeddedActiveObjects(DataSource dataSource, String namespace) {
        this.tablePrefix = TablePrefixes.forNamespace(namespace);
        this.provider = new HSQLDatabaseProvider(new DisposableHsqlDataSource(dataSource));
        this.entityManager = new EntityManager(provider, configuration(tablePrefix));
        this.metaData = new EmbeddedModuleMetaData(provider, entityManager);
    }

    /** A fresh, private in-memory database. */
    public static EmbeddedActiveObjects inMemory(String namespace) {
        return inMemory(namespace, UnaryOperator.identity());
    }

    /**
     * A fresh, private in-memory database whose {@link DataSource} is first passed through {@code decorator}, e.g. to
     * count SQL statements with a proxy.
     */
    public static EmbeddedActiveObjects inMemory(String namespace, UnaryOperator<DataSource> decorator) {
        return new EmbeddedActiveObjects(
                decorator.apply(hsqldb("jdbc:hsqldb:mem:waypoint-" + UUID.randomUUID() + MVCC)), namespace);
    }

    /** A database kept in files under {@code directory}; survives restarts. */
    public static EmbeddedActiveObjects file(Path directory, String namespace) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("waypoint").toAbsolutePath()
                + MVCC + ";hsqldb.write_delay=false;hsqldb.lock_file=true";
        return new EmbeddedActiveObjects(hsqldb(url), namespace);
    }

    /** The table prefix in use, e.g. {@code AO_1A2B3C}. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** The underlying AO entity manager, for tests that inspect the schema. */
    public EntityManager entityManager() {
        return entityManager;
    }

    private static DataSource hsqldb(String url) {
        JDBCDataSource dataSource = new JDBCDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("SA");
        dataSource.setPassword("");
        return dataSource;
    }

    private static EntityManagerConfiguration configuration(String tablePrefix) {
        NameConverters converters = new SimpleNameConverters(
                new AtlassianTableNameConverter(tableName -> tablePrefix + "_" + tableName),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        EntityInfoResolverFactory entityInfo = new SimpleEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return converters;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        };
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
            Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
            EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "'callback' must not be null");
        if (transaction.get() != null) {
            return callback.doInTransaction();
        }
        Connection connection = sql(provider::startTransaction);
        transaction.set(connection);
        try {
            T result = callback.doInTransaction();
            sql(() -> provider.commitTransaction(connection));
            return result;
        } catch (RuntimeException | Error e) {
            try {
                provider.rollbackTransaction(connection);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            transaction.remove();
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return metaData;
    }

    /** Shuts the database down; an in-memory database is gone afterwards. */
    @Override
    public void close() {
        try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            provider.dispose();
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
