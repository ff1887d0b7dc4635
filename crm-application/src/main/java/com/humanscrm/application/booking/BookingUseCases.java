package com.humanscrm.application.booking;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with bookings. */
public record BookingUseCases(BookingQueries queries, CreateBooking create, ChangeBooking change, MoveBooking move) {

    public static BookingUseCases over(BookingRepository bookings, FlightRepository flights, References references,
                                       Essentials core) {
        var editor = new AggregateEditor<>(RecordKind.BOOKING, bookings, core.unitOfWork(), core.audit());
        var flightEditor = new AggregateEditor<>(RecordKind.FLIGHT, flights, core.unitOfWork(), core.audit());
        return new BookingUseCases(new BookingQueries(bookings),
                new CreateBooking(bookings, flights, flightEditor, references, core.unitOfWork(), core.audit(), core.clock()),
                new ChangeBooking(editor, core.clock()),
                new MoveBooking(bookings, editor, flights, flightEditor, core.unitOfWork(), core.audit(), core.clock()));
    }
}
