package com.humanscrm.application.booking;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import java.util.Objects;

/** A page of bookings, newest first; each filter is optional. */
public record BookingListQuery(FlightId flightId, HumanId humanId, PetId petId, BookingStatus status, PageRequest page) {

    /** The list's one order, as cursors name it. */
    public static final String ORDER = "-createdAt";

    public BookingListQuery {
        Objects.requireNonNull(page, "page");
    }
}
