package com.humanscrm.application.lookup;

import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import java.util.Optional;

public interface LookupRepository {

    Optional<LookupItem> findById(LookupItemId id);

    /**
     * The item, held for a change until the transaction ends: concurrent changes and deletes of it wait,
     * then see what this one did (so of two deletes the second finds nothing, and a stale version is
     * refused rather than overwritten). Every use case that changes or deletes it loads it this way.
     */
    Optional<LookupItem> findForChange(LookupItemId id);

    /** Names compare without regard to case. */
    Optional<LookupItem> findByName(LookupList list, String name);

    /** Refuses a name the list already has with a {@code DUPLICATE} conflict. */
    void add(LookupItem item);

    /** Refuses a name the list already has ({@code DUPLICATE}) or a stale version ({@code CONCURRENT_MODIFICATION}). */
    void update(LookupItem item);

    /** Refuses an item that records still use with an {@code IN_USE} conflict. */
    void remove(LookupItemId id);

    /** In creation order. */
    Page<LookupItem> list(LookupList list, PageRequest page);
}
