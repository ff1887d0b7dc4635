package com.humanscrm.adapters.persistence.session;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Each test has an adapter of its own: recorded sightings are flushed by closing it, as a shutdown does. */
class JooqSessionRepositoryContractTest extends SessionRepositoryContract {

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
    protected void flushRecordedSightings() {
        persistence.close();
        persistence = PostgresPersistence.connect(settings);
    }

    @Override
    protected SessionRepository sessions() {
        return persistence.sessions();
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
