package dev.waypoint.ao.embedded;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.activeobjects.spi.DatabaseType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DelegateConnection;
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
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.schema.info.SimpleEntityInfoResolverFactory;
import org.apache.commons.dbcp2.BasicDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's {@link ActiveObjects} service, outside Jira: the real Active Objects {@link EntityManager} with Atlassian's
 * name converters and the table prefix Jira would give the plugin, on an embedded HSQLDB database (in memory for
 * tests, a file for the preview) or on PostgreSQL through a connection pool of Jira's default size.
 *
 * <p>Transactions: {@link #executeInTransaction} runs the callback on one connection and commits it; a
 * {@link RuntimeException} (or {@link Error}) rolls everything back and is rethrown, as SAL's TransactionTemplate does
 * in Jira. Calls nested inside a transaction join it. On PostgreSQL every transaction runs at the database's default
 * level, READ COMMITTED, as Jira's own transactions do (they run on Jira's connection at the database's default
 * level): AO's {@code DatabaseProvider.startTransaction} would switch the connection to SERIALIZABLE unless the system
 * property {@code ao.transaction.isolation.level} says otherwise, so the pool's connections ignore
 * {@code setTransactionIsolation} ({@link #atDefaultIsolation}). HSQLDB keeps AO's SERIALIZABLE: in HSQLDB's MVCC mode
 * at READ COMMITTED, of twenty writers contending for one row, one now and then waited for ever after the others had
 * ended (seen in 1 of 6 to 3 of 5 runs of the 20-writer tests on a loaded machine), which a test database must not
 * do; READ COMMITTED semantics are tested on PostgreSQL, Jira's most common database. After the commit or the rollback the connection is clean
 * again and given back (closed, or returned to the pool): AO's {@code DatabaseProvider.rollbackTransaction} only calls
 * {@code rollback()} and leaves the connection bound to the thread, with auto-commit off and marked "not closeable",
 * so every later statement of that thread would run in a transaction nobody commits; and neither commit nor rollback
 * closes it. AO's own {@code net.java.ao.Transaction#execute} closes it; this class does the same and more (see
 * {@link #end}).
 *
 * <p>SQL failures surface as {@link ActiveObjectsException} (unchecked), as they do through Jira's service.
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {

    /**
     * Multi-version concurrency with row locks for writers, like the databases Jira runs on (PostgreSQL, Oracle, SQL
     * Server with snapshot isolation); HSQLDB's default (table locks) would deadlock concurrent writers instead.
     */
    private static final String MVCC = ";hsqldb.tx=mvcc";

    /**
     * Jira's default connection pool size ({@code pool-max-size} 20 in {@code dbconfig.xml}: Atlassian KB "How do
     * connection pool parameters affect the Y-axis parameter range in a database monitoring graph", which shows the
     * defaults {@code pool-min-size}, {@code pool-max-size} and {@code pool-max-idle} of 20; Jira's pool is Apache
     * Commons DBCP, admin guide "Tuning database connections").
     */
    public static final int JIRA_DEFAULT_POOL_SIZE = 20;

    /** Jira's default {@code pool-max-wait}: 30 s waiting for a free connection, then an error. */
    private static final Duration POOL_MAX_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedActiveObjects.class);

    private final EntityManager entityManager;
    private final DatabaseProvider provider;
    private final DatabaseType databaseType;
    private final String tablePrefix;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final EmbeddedModuleMetaData metaData;

    private EmbeddedActiveObjects(DatabaseProvider provider, DatabaseType databaseType, String namespace) {
        this.tablePrefix = TablePrefixes.forNamespace(namespace);
        this.provider = provider;
        this.databaseType = databaseType;
        this.entityManager = new EntityManager(provider, configuration(tablePrefix));
        this.metaData = new EmbeddedModuleMetaData(provider, entityManager, databaseType);
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
        return hsqldb(decorator.apply(hsqldb("jdbc:hsqldb:mem:waypoint-" + UUID.randomUUID() + MVCC)), namespace);
    }

    /** A database kept in files under {@code directory}; survives restarts. */
    public static EmbeddedActiveObjects file(Path directory, String namespace) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("waypoint").toAbsolutePath()
                + MVCC + ";hsqldb.write_delay=false;hsqldb.lock_file=true";
        return hsqldb(hsqldb(url), namespace);
    }

    private static EmbeddedActiveObjects hsqldb(DataSource dataSource, String namespace) {
        return new EmbeddedActiveObjects(new HSQLDatabaseProvider(new PooledDataSource(dataSource, () -> { })),
                DatabaseType.HSQL, namespace);
    }

    /**
     * A PostgreSQL database (its {@code public} schema), through an Apache Commons DBCP pool of
     * {@link #JIRA_DEFAULT_POOL_SIZE} connections, as Jira reaches its database. {@code user} and {@code password}
     * may be {@code null} when the URL carries them. {@link #close()} closes the pool; the data stay.
     */
    public static EmbeddedActiveObjects postgresql(String jdbcUrl, String user, String password, String namespace) {
        return postgresql(jdbcUrl, user, password, namespace, UnaryOperator.identity());
    }

    /** As {@link #postgresql(String, String, String, String)}, the pool first passed through {@code decorator}. */
    public static EmbeddedActiveObjects postgresql(String jdbcUrl, String user, String password, String namespace,
            UnaryOperator<DataSource> decorator) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + jdbcUrl);
        }
        BasicDataSource pool = new BasicDataSource();
        pool.setDriverClassName("org.postgresql.Driver");
        pool.setUrl(jdbcUrl);
        if (user != null) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(password);
        }
        pool.setMaxTotal(JIRA_DEFAULT_POOL_SIZE);
        pool.setMaxIdle(JIRA_DEFAULT_POOL_SIZE);
        pool.setMaxWait(POOL_MAX_WAIT);
        pool.setDefaultAutoCommit(true);
        PooledDataSource disposable = new PooledDataSource(atDefaultIsolation(decorator.apply(pool)), () -> {
            try {
                pool.close();
            } catch (SQLException e) {
                throw new ActiveObjectsException(e);
            }
        });
        return new EmbeddedActiveObjects(new PostgreSQLDatabaseProvider(disposable), DatabaseType.POSTGRESQL,
                namespace);
    }

    /** The table prefix in use, e.g. {@code AO_1A2B3C}. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** The underlying AO entity manager, for tests that inspect the schema. */
    public EntityManager entityManager() {
        return entityManager;
    }

    /**
     * {@code dataSource} whose connections keep the database's default isolation level: {@code setTransactionIsolation}
     * does nothing (AO calls it with SERIALIZABLE when it starts a transaction; Jira's transactions never change it).
     */
    static DataSource atDefaultIsolation(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(EmbeddedActiveObjects.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return method.getName().equals("getConnection") ? keepIsolation((Connection) result) : result;
                });
    }

    private static Connection keepIsolation(Connection connection) {
        return (Connection) Proxy.newProxyInstance(EmbeddedActiveObjects.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals(
                        "setTransactionIsolation") ? null : invoke(connection, method, args));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
        boolean ended = false;
        try {
            T result = callback.doInTransaction();
            sql(() -> provider.commitTransaction(connection));
            ended = true;
            return result;
        } catch (RuntimeException | Error e) {
            if (!ended) {
                ended = rollBack(connection, e);
            }
            throw e;
        } finally {
            transaction.remove();
            end(connection, ended);
        }
    }

    /**
     * Rolls back, then unbinds the connection from AO's thread-local the only public way there is: committing the
     * now empty transaction ({@code commitTransaction} removes the binding, {@code rollbackTransaction} does not).
     * Returns whether the connection is clean (its transaction ended); failures are added to {@code failure}.
     */
    private boolean rollBack(Connection connection, Throwable failure) {
        try {
            provider.rollbackTransaction(connection);
            provider.commitTransaction(connection);
            return true;
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /**
     * Gives the connection back as a new one would be: auto-commit on (only when its transaction ended, as switching
     * it on commits whatever is pending), closeable again, closed (a pooled connection returns to the pool; DBCP rolls
     * back whatever is left). A closed connection still bound to the thread (after a failed rollback) is dropped by
     * AO's {@code getConnection}, which checks {@code isClosed()}.
     */
    private static void end(Connection connection, boolean clean) {
        try {
            if (clean) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.warn("Could not switch auto-commit back on before closing a connection", e);
        } finally {
            if (connection instanceof DelegateConnection delegate) {
                delegate.setCloseable(true);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the connection of a finished transaction", e);
            }
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return metaData;
    }

    /** The database this runs on: {@link DatabaseType#HSQL} or {@link DatabaseType#POSTGRESQL}. */
    public DatabaseType databaseType() {
        return databaseType;
    }

    /**
     * Shuts an HSQLDB database down (an in-memory one is gone afterwards); closes the pool of a PostgreSQL database,
     * whose data stay.
     */
    @Override
    public void close() {
        try {
            if (databaseType == DatabaseType.HSQL) {
                try (Connection connection = provider.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new ActiveObjectsException(e);
                }
            }
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
