package com.humanscrm.application.human;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import java.util.Optional;

/** Humans with their emails, phone numbers and types, stored and loaded as one aggregate. */
public interface HumanRepository extends AggregateStore<HumanId, Human> {

    Optional<Human> findById(HumanId id);

    void add(Human human);

    void remove(HumanId id);

    /**
     * Whether the human exists; if so, it cannot be deleted until the current transaction ends (so a
     * document cannot be attached to a human whose deletion is under way).
     */
    boolean holdIfExists(HumanId id);

    /** A page of humans as a list shows them (their summaries, not the aggregates). */
    Page<HumanSummary> list(HumanListQuery query);
}
