package com.humanscrm.application.testing;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.AccountRepositoryContract;

/** The fake must behave as the database does, or use-case and HTTP tests over it prove nothing. */
class InMemoryAccountRepositoryContractTest extends AccountRepositoryContract {

    private final InMemoryLookupRepository lookups = new InMemoryLookupRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(lookups);
    private final InMemoryHumanRepository humans = new InMemoryHumanRepository(lookups);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    InMemoryAccountRepositoryContractTest() {
        lookups.useCheckedBy(accounts::usesLabel);
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected HumanRepository humans() {
        return humans;
    }

    @Override
    protected LookupRepository lookups() {
        return lookups;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
