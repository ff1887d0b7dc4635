package com.humanscrm.application.testing;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.SessionRepositoryContract;

class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

    private final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(colleagues);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected SessionRepository sessions() {
        return sessions;
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
