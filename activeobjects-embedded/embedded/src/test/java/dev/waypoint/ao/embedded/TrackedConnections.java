package dev.waypoint.ao.embedded;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} decorator that counts the connections handed out and not yet closed, and records the
 * isolation level and auto-commit mode each statement was prepared under.
 */
final class TrackedConnections {

    /** The state of the connection when a statement was prepared. */
    record Prepared(String sql, int isolation, boolean autoCommit) {
    }

    private final AtomicInteger open = new AtomicInteger();
    private final List<Prepared> prepared = new CopyOnWriteArrayList<>();

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    if (method.getName().equals("getConnection")) {
                        open.incrementAndGet();
                        return connection((Connection) result);
                    }
                    return result;
                });
    }

    private Connection connection(Connection connection) {
        boolean[] closed = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed[0]) {
                        closed[0] = true;
                        open.decrementAndGet();
                    }
                }
                case "prepareStatement" -> prepared.add(new Prepared((String) args[0],
                        connection.getTransactionIsolation(), connection.getAutoCommit()));
                default -> {
                    // counted only
                }
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Connections handed out and not closed. */
    int open() {
        return open.get();
    }

    List<Prepared> prepared() {
        return List.copyOf(prepared);
    }

    void forget() {
        prepared.clear();
    }
}
