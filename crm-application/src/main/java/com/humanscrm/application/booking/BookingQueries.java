package com.humanscrm.application.booking;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

public final class BookingQueries {

    private final BookingRepository bookings;

    public BookingQueries(BookingRepository bookings) {
        this.bookings = bookings;
    }

    public Booking get(Actor actor, BookingId id) {
        actor.require(Permission.VIEW_RECORDS);
        return bookings.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.BOOKING, id));
    }

    public Page<Booking> list(Actor actor, BookingListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return bookings.list(query);
    }
}
