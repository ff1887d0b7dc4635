package com.humanscrm.adapters.persistence.colleague;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ColleagueRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqColleagueRepositoryContractTest extends ColleagueRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected ColleagueRepository colleagues() {
        return database.persistence().colleagues();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
