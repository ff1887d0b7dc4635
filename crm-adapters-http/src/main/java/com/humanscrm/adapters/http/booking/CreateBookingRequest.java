package com.humanscrm.adapters.http.booking;

import com.humanscrm.application.booking.CreateBooking;
import java.util.UUID;

/** {@code POST /api/bookings}: every value rule is the domain's, so all of them are reported together. */
record CreateBookingRequest(UUID flightId, UUID humanId, UUID petId, Long priceMinor, String currency,
                            String specialInstructions) {

    CreateBooking.Command toCommand() {
        return new CreateBooking.Command(flightId, humanId, petId, priceMinor, currency, specialInstructions);
    }
}
