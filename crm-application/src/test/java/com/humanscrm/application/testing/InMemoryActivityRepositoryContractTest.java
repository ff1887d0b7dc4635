package com.humanscrm.application.testing;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ActivityRepositoryContract;

/** The fake, with the references {@link InMemoryCrm} wires, must behave as the database does. */
class InMemoryActivityRepositoryContractTest extends ActivityRepositoryContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected ActivityRepository activities() {
        return crm.activities;
    }

    @Override
    protected HumanRepository humans() {
        return crm.humans;
    }

    @Override
    protected AccountRepository accounts() {
        return crm.accounts;
    }

    @Override
    protected ColleagueRepository colleagues() {
        return crm.colleagues;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }
}
