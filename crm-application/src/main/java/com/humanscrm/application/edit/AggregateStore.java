package com.humanscrm.application.edit;

import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.RecordId;
import java.util.Optional;

/** What {@link AggregateEditor} needs of a repository: a record held for a change, and storing the change. */
public interface AggregateStore<I extends RecordId, A extends Aggregate> {

    /**
     * The record, held for a change until the transaction ends: concurrent changes and deletes of it wait,
     * then see what this one did (so of two deletes the second finds nothing, and a stale version is
     * refused rather than overwritten). Every use case that changes or deletes it loads it this way.
     */
    Optional<A> findForChange(I id);

    /**
     * Stores a changed record. Refuses with a {@code CONCURRENT_MODIFICATION} conflict when the stored
     * record is no longer the version the change started from ({@code version() - 1}).
     */
    void update(A aggregate);
}
