package com.humanscrm.adapters.http.booking;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.booking.Booking;
import java.time.Instant;
import java.util.UUID;

/** A booking in full, its price in the currency's minor units. */
record BookingResponse(UUID id, UUID flightId, UUID humanId, UUID petId, long priceMinor, String currency,
                       String specialInstructions, String status, int version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static BookingResponse from(Booking booking) {
        return new BookingResponse(booking.id().value(), booking.flightId().value(), booking.humanId().value(),
                booking.petId().value(), booking.priceMinor(), booking.currency(), booking.specialInstructions().orElse(null),
                booking.status().wireName(), booking.version(), booking.createdAt(), booking.updatedAt());
    }
}
