package com.humanscrm.application.testing;

import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.FlightRepositoryContract;

/** The fake must behave as the database does. */
class InMemoryFlightRepositoryContractTest extends FlightRepositoryContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected FlightRepository flights() {
        return crm.flights;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }
}
