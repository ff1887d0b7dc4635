package com.humanscrm.adapters.persistence.document;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.DocumentRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqDocumentRepositoryContractTest extends DocumentRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected DocumentRepository documents() {
        return database.persistence().documents();
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
