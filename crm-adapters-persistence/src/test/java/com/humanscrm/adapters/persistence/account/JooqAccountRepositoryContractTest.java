package com.humanscrm.adapters.persistence.account;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.AccountRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqAccountRepositoryContractTest extends AccountRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected AccountRepository accounts() {
        return database.persistence().accounts();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected LookupRepository lookups() {
        return database.persistence().lookups();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
