package com.humanscrm.adapters.persistence.flight;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.FlightRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqFlightRepositoryContractTest extends FlightRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected FlightRepository flights() {
        return database.persistence().flights();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
