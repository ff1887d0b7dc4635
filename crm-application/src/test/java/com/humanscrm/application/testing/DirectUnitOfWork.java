package com.humanscrm.application.testing;

import com.humanscrm.application.shared.UnitOfWork;
import java.util.function.Supplier;

/** Runs the work as it is: the fakes have nothing to roll back, and counts how often it was asked. */
public final class DirectUnitOfWork implements UnitOfWork {

    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}
