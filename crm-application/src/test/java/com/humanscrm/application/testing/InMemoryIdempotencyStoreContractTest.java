package com.humanscrm.application.testing;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.IdempotencyStoreContract;

class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected ColleagueRepository colleagues() {
        return colleagues;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
