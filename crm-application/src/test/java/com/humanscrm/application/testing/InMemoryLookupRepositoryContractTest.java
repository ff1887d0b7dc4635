package com.humanscrm.application.testing;

import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.LookupRepositoryContract;

/** Seeded as the migration seeds the database, so the contract meets the same neighbours in both. */
class InMemoryLookupRepositoryContractTest extends LookupRepositoryContract {

    private final InMemoryLookupRepository lookups = InMemoryLookupRepository.seeded(MutableClock.startingAt("2026-01-01T00:00:00Z"));
    private final InMemoryHumanRepository humans = new InMemoryHumanRepository(lookups);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    InMemoryLookupRepositoryContractTest() {
        lookups.useCheckedBy(humans::usesLabel);
    }

    @Override
    protected LookupRepository lookups() {
        return lookups;
    }

    @Override
    protected HumanRepository humans() {
        return humans;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
