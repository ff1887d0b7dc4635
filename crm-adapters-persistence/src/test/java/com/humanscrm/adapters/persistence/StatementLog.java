package com.humanscrm.adapters.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every statement a DSLContext executes, to check how many round trips a repository call takes and
 * what plan PostgreSQL chooses for them. Connects the way the adapter's pool does.
 */
public final class StatementLog implements ExecuteListener {

    private final List<Query> queries = new CopyOnWriteArrayList<>();

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
        return DSL.using(dataSource, SQLDialect.POSTGRES).configuration()
                .derive(new DefaultExecuteListenerProvider(this))
                .dsl();
    }

    public int count() {
        return queries.size();
    }

    public List<Query> queries() {
        return List.copyOf(queries);
    }

    public void clear() {
        queries.clear();
    }
}
