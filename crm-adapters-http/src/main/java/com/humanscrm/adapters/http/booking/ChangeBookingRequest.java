package com.humanscrm.adapters.http.booking;

import com.humanscrm.application.booking.ChangeBooking;
import com.humanscrm.domain.booking.BookingId;
import java.util.Optional;

/**
 * {@code PATCH /api/bookings/{id}}: the price and the instructions; {@code null} clears the instructions. The
 * flight, the human and the pet are not fields, and the status moves by {@code POST …/status}.
 */
record ChangeBookingRequest(Optional<Long> priceMinor, Optional<String> currency, Optional<String> specialInstructions) {

    ChangeBooking.Command toCommand(BookingId id, Integer expectedVersion) {
        return new ChangeBooking.Command(id, expectedVersion, priceMinor, currency, specialInstructions);
    }
}
