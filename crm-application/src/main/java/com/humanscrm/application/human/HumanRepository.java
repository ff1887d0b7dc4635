package com.humanscrm.application.human;

import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import java.util.Optional;

/** Humans with their emails, phone numbers and types, stored and loaded as one aggregate. */
public interface HumanRepository {

    Optional<Human> findById(HumanId id);

    /**
     * The human, held for a change until the transaction ends: concurrent changes and deletes of it wait,
     * then see what this one did (so of two deletes the second finds nothing, and a stale version is
     * refused rather than overwritten). Every use case that changes or deletes it loads it this way.
     */
    Optional<Human> findForChange(HumanId id);

    void add(Human human);

    /**
     * Stores a changed human. Refuses with a {@code CONCURRENT_MODIFICATION} conflict when the stored
     * human is no longer the version the change started from ({@code human.version() - 1}).
     */
    void update(Human human);

    void remove(HumanId id);

    /**
     * Whether the human exists; if so, it cannot be deleted until the current transaction ends (so a
     * document cannot be attached to a human whose deletion is under way).
     */
    boolean holdIfExists(HumanId id);

    /** A page of humans as a list shows them (their summaries, not the aggregates). */
    Page<HumanSummary> list(HumanListQuery query);
}
