package com.humanscrm.application.testing;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.DocumentRepositoryContract;

/** The fake must behave as the database does, or use-case and HTTP tests over it prove nothing. */
class InMemoryDocumentRepositoryContractTest extends DocumentRepositoryContract {

    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected DocumentRepository documents() {
        return documents;
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
