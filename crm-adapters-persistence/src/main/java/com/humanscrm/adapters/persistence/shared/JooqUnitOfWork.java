package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.application.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Database transactions for the use cases. The DSLContext it is given must use jOOQ's
 * ThreadLocalTransactionProvider: the repositories share that context, so every statement they run
 * on this thread while a transaction is open joins it.
 *
 * <p>A unit of work started inside another one joins the outer transaction rather than opening a
 * savepoint: a use case calling another must not be able to commit half of the caller's work.
 */
public final class JooqUnitOfWork implements UnitOfWork {

    private final DSLContext dsl;
    /** The hooks of the transaction open on this thread; {@code null} when there is none. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    public JooqUnitOfWork(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommit.get() != null) {
            return work.get();
        }
        List<Runnable> hooks = new ArrayList<>();
        afterCommit.set(hooks);
        T result;
        try {
            result = dsl.transactionResult(work::get);
        } catch (DataAccessException e) {
            // Opening or committing the transaction needs the database too, outside any statement.
            throw Outages.translate(e);
        } finally {
            afterCommit.remove();
        }
        hooks.forEach(Runnable::run);
        return result;
    }

    /** For caches too: forgetting before the commit would let another request reload the old row. */
    @Override
    public void afterCommit(Runnable hook) {
        List<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            hook.run();
        } else {
            hooks.add(hook);
        }
    }
}
