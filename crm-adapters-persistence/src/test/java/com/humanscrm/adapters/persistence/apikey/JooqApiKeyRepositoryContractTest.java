package com.humanscrm.adapters.persistence.apikey;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Each test has an adapter of its own: recorded uses are flushed by closing it, as a shutdown does. */
class JooqApiKeyRepositoryContractTest extends ApiKeyRepositoryContract {

    private static DatabaseSettings settings;
    private PostgresPersistence persistence;

    @BeforeAll
    static void createDatabase() {
        settings = TestDatabase.freshDatabase();
    }

    @BeforeEach
    void connect() {
        persistence = PostgresPersistence.connect(settings);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Override
    protected void flushRecordedUses() {
        persistence.close();
        persistence = PostgresPersistence.connect(settings);
    }

    @Override
    protected ApiKeyRepository apiKeys() {
        return persistence.apiKeys();
    }

    @Override
    protected ColleagueRepository colleagues() {
        return persistence.colleagues();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return persistence.unitOfWork();
    }
}
