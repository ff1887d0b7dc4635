package com.humanscrm.application.pet;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.pet.Pet;

/** What a pet's deletion, or its going to another human, does to its bookings, in the same transaction. */
public interface PetBookings {

    /**
     * Refuses ({@code IN_USE}) while a booking of the pet holds a seat: the booking is in its human's name, and a
     * pet booked for one human must not fly as another's.
     */
    void changingOwner(Pet pet);

    /** Refuses ({@code IN_USE}) while a booking of the pet holds a seat; else removes its bookings, each audited. */
    void leaving(Actor actor, Pet pet);
}
