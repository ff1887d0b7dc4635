package com.humanscrm.application.shared;

import java.util.function.Supplier;

/**
 * One transaction around a use case: everything the work does through the repositories commits
 * together, audit entries included, or not at all when it throws.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code hook} once the current transaction has committed, and never if it rolls back; at
     * once when no transaction is open. For effects outside the database that must not happen unless
     * the transaction's do (removing a deleted document's bytes, forgetting a cached row).
     */
    void afterCommit(Runnable hook);
}
