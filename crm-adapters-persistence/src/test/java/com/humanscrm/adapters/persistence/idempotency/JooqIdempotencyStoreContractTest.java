package com.humanscrm.adapters.persistence.idempotency;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.IdempotencyStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected IdempotencyStore store() {
        return database.persistence().idempotencyKeys();
    }

    @Override
    protected ColleagueRepository colleagues() {
        return database.persistence().colleagues();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
