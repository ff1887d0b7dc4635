package com.humanscrm.application.testing;

import com.humanscrm.application.shared.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work as it is: the fakes have nothing to roll back. Counts how often it was asked, and
 * runs after-commit hooks when the outermost work returns (never when it throws), as a database would.
 */
public final class DirectUnitOfWork implements UnitOfWork {

    private int transactions;
    /** The hooks of the work under way; {@code null} when none is. */
    private List<Runnable> afterCommit;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        transactions++;
        if (afterCommit != null) {
            return work.get();
        }
        List<Runnable> hooks = new ArrayList<>();
        afterCommit = hooks;
        T result;
        try {
            result = work.get();
        } finally {
            afterCommit = null;
        }
        hooks.forEach(Runnable::run);
        return result;
    }

    @Override
    public synchronized void afterCommit(Runnable hook) {
        if (afterCommit == null) {
            hook.run();
        } else {
            afterCommit.add(hook);
        }
    }

    public int transactions() {
        return transactions;
    }
}
