package com.humanscrm.adapters.persistence.lookup;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.LookupRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqLookupRepositoryContractTest extends LookupRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected LookupRepository lookups() {
        return database.persistence().lookups();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
