package com.humanscrm.adapters.persistence.booking;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.BookingRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqBookingRepositoryContractTest extends BookingRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected BookingRepository bookings() {
        return database.persistence().bookings();
    }

    @Override
    protected FlightRepository flights() {
        return database.persistence().flights();
    }

    @Override
    protected PetRepository pets() {
        return database.persistence().pets();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
