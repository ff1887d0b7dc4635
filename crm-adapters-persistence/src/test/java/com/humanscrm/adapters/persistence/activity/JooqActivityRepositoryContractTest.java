package com.humanscrm.adapters.persistence.activity;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ActivityRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqActivityRepositoryContractTest extends ActivityRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected ActivityRepository activities() {
        return database.persistence().activities();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected AccountRepository accounts() {
        return database.persistence().accounts();
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
