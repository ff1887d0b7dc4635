package com.humanscrm.adapters.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A query rendered to SQL once, when its repository is built, then run over plain JDBC on the
 * context's connection (the open transaction's, if any). For the hottest reads, where rendering a
 * jOOQ query and filling its records would cost more than PostgreSQL's own work: the query is still
 * written with the generated classes, so it follows the schema, and its text never changes, so
 * pgjdbc and PostgreSQL keep reusing its prepared plan. Its parameters are the query's bind values,
 * in order, given anew on each run.
 */
public final class RenderedQuery {

    /** Reads the rows of one run; the result set is closed afterwards. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final String sql;

    public RenderedQuery(Query query) {
        this.sql = DSL.using(SQLDialect.POSTGRES).render(query);
    }

    public <T> T fetch(DSLContext dsl, Reader<T> reader, Object... parameters) {
        try {
            return dsl.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        return reader.read(rows);
                    }
                }
            });
        } catch (DataAccessException e) {
            throw Outages.translate(e);
        }
    }
}
