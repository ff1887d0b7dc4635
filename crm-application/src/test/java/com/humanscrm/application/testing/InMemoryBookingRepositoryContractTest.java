package com.humanscrm.application.testing;

import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.BookingRepositoryContract;

/** The fake, with the references {@link InMemoryCrm} wires, must behave as the database does. */
class InMemoryBookingRepositoryContractTest extends BookingRepositoryContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected BookingRepository bookings() {
        return crm.bookings;
    }

    @Override
    protected FlightRepository flights() {
        return crm.flights;
    }

    @Override
    protected PetRepository pets() {
        return crm.pets;
    }

    @Override
    protected HumanRepository humans() {
        return crm.humans;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }
}
