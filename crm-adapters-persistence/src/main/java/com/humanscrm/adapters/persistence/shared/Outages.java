package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.application.shared.UnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Tells a database that cannot be reached from one that refused a statement, and reports the first
 * as {@link UnavailableException}: the client's request was fine, the server should answer 503.
 * Runs as a jOOQ listener for statements, and around transactions for the connection they open.
 */
public final class Outages implements ExecuteListener {

    /** Administrator or crash shutdown, and "cannot connect now" (the database is starting or stopping). */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final String CONNECTION_STATE_CLASS = "08";

    @Override
    public void exception(ExecuteContext context) {
        if (isOutage(context.exception())) {
            context.exception(unavailable(context.exception()));
        }
    }

    /** {@code failure} as an outage when it is one, else as it is. */
    public static RuntimeException translate(DataAccessException failure) {
        return isOutage(failure) ? unavailable(failure) : failure;
    }

    private static UnavailableException unavailable(Throwable cause) {
        return new UnavailableException("The database cannot be reached just now; retry in a moment", cause);
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_STATE_CLASS) || SHUTDOWN_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
