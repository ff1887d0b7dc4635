package com.humanscrm.application.pet;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.pet.Pet;

/** What a pet's deletion does to its bookings, in the same transaction. */
public interface PetBookings {

    /** Refuses ({@code IN_USE}) while a booking of the pet holds a seat; else removes its bookings, each audited. */
    void leaving(Actor actor, Pet pet);
}
