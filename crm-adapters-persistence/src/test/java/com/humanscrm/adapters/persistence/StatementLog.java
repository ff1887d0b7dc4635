package com.humanscrm.adapters.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every statement a DSLContext executes, to check how many round trips a repository call takes and
 * what plan PostgreSQL chooses for them. Connects the way the adapter's pool does. The count is
 * taken on the JDBC connection, so it includes the statements a repository runs over plain JDBC
 * (a {@code RenderedQuery}); {@link #queries} are the ones built with jOOQ.
 */
public final class StatementLog implements ExecuteListener {

    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger statements = new AtomicInteger();
    private final List<String> prepared = new CopyOnWriteArrayList<>();

    @Override
    public void executeStart(ExecuteContext context) {
        queries.add(context.query());
    }

    public DSLContext dsl(DatabaseSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        dataSource.setStringType("unspecified");
        ConnectionProvider counting = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                try {
                    return counted(dataSource.getConnection());
                } catch (SQLException e) {
                    throw new DataAccessException("Could not connect", e);
                }
            }

            @Override
            public void release(Connection connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new DataAccessException("Could not close a connection", e);
                }
            }
        };
        return DSL.using(counting, SQLDialect.POSTGRES).configuration()
                .derive(new DefaultExecuteListenerProvider(this))
                .dsl();
    }

    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    if (method.getName().startsWith("prepare")) {
                        prepared.add((String) arguments[0]);
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Statements prepared or created on the connection since the last {@link #clear}. */
    public int count() {
        return statements.get();
    }

    public List<Query> queries() {
        return List.copyOf(queries);
    }

    /** The SQL of every statement prepared since the last {@link #clear}, jOOQ's and plain JDBC's alike. */
    public List<String> prepared() {
        return List.copyOf(prepared);
    }

    public void clear() {
        queries.clear();
        prepared.clear();
        statements.set(0);
    }
}
