package dev.waypoint.ao.embedded;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.java.ao.DisposableDataSource;

/**
 * Adapts a {@link DataSource} to the {@link DisposableDataSource} AO's providers take; {@link #dispose()} runs
 * {@code onDispose} (closes a connection pool; nothing for HSQLDB, which {@link EmbeddedActiveObjects} shuts down).
 */
final class PooledDataSource implements DisposableDataSource {

    private final DataSource delegate;
    private final Runnable onDispose;

    PooledDataSource(DataSource delegate, Runnable onDispose) {
        this.delegate = delegate;
        this.onDispose = onDispose;
    }

    @Override
    public void dispose() {
        onDispose.run();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
