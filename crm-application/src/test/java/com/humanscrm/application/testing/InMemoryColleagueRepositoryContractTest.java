package com.humanscrm.application.testing;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ColleagueRepositoryContract;

class InMemoryColleagueRepositoryContractTest extends ColleagueRepositoryContract {

    private final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected ColleagueRepository colleagues() {
        return colleagues;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
