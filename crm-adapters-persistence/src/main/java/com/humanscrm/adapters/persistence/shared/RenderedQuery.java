package com.humanscrm.adapters.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A query rendered to SQL once, when its repository is built, then run over plain JDBC on the
 * context's connection (the open transaction's, if any). For the hottest statements, where rendering
 * a jOOQ query and filling its records would cost more than PostgreSQL's own work: the query is still
 * written with the generated classes, so it follows the schema, and its text never changes, so
 * pgjdbc and PostgreSQL keep reusing its prepared plan. Its parameters are the query's bind values,
 * in order, given anew on each run, as pgjdbc takes them ({@code OffsetDateTime} for a timestamp).
 */
public final class RenderedQuery {

    /** Reads the rows of one run; the result set is closed afterwards. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    private interface Run<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private final String sql;
    private final int parameterCount;

    public RenderedQuery(Query query) {
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        this.sql = postgres.render(query);
        this.parameterCount = postgres.extractBindValues(query).size();
    }

    public <T> T fetch(DSLContext dsl, Reader<T> reader, Object... parameters) {
        return run(dsl, sql, parameterCount, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        });
    }

    /** Runs an insert, update or delete; returns how many rows it touched. */
    public int execute(DSLContext dsl, Object... parameters) {
        return run(dsl, sql, parameterCount, parameters, PreparedStatement::executeUpdate);
    }

    /**
     * This query and then {@code next}, sent together: pgjdbc sends both in one round trip and answers
     * a result set for each. For a read of two shapes of rows that is on the hot path (a record's detail
     * and what other records say of it), where a second round trip would cost more than both queries.
     */
    public Together then(RenderedQuery next) {
        return new Together(sql + ";\n" + next.sql, parameterCount + next.parameterCount);
    }

    /** Two queries sent as one ({@link #then}); the parameters are the first's, then the second's. */
    public static final class Together {

        private final String sql;
        private final int parameterCount;

        private Together(String sql, int parameterCount) {
            this.sql = sql;
            this.parameterCount = parameterCount;
        }

        public <A, B, T> T fetch(DSLContext dsl, Reader<A> first, Reader<B> second, BiFunction<A, B, T> both,
                                 Object... parameters) {
            return run(dsl, sql, parameterCount, parameters, statement -> {
                statement.execute();
                A a;
                try (ResultSet rows = statement.getResultSet()) {
                    a = first.read(rows);
                }
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("The second query of " + sql + " answered no rows");
                }
                try (ResultSet rows = statement.getResultSet()) {
                    return both.apply(a, second.read(rows));
                }
            });
        }
    }

    private static <T> T run(DSLContext dsl, String sql, int parameterCount, Object[] parameters, Run<T> run) {
        if (parameters.length != parameterCount) {
            throw new IllegalArgumentException("The query takes " + parameterCount + " parameters, not " + parameters.length);
        }
        try {
            return dsl.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    return run.on(statement);
                }
            });
        } catch (DataAccessException e) {
            throw Outages.translate(e);
        }
    }
}
