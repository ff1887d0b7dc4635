package com.humanscrm.application.testing;

import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ApiKeyRepositoryContract;

class InMemoryApiKeyRepositoryContractTest extends ApiKeyRepositoryContract {

    private final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(colleagues);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected ApiKeyRepository apiKeys() {
        return apiKeys;
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
