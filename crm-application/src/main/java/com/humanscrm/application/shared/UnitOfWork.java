package com.humanscrm.application.shared;

import java.util.function.Supplier;

/**
 * One transaction around a use case: everything the work does through the repositories commits
 * together, audit entries included, or not at all when it throws.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
