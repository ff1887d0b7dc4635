package com.humanscrm.application.booking;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.edit.Patched;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import java.time.Clock;
import java.util.Optional;

/** Changes a booking's price or instructions; its flight, human and pet are what it is, and never change. */
public final class ChangeBooking {

    private final AggregateEditor<BookingId, Booking> editor;
    private final Clock clock;

    public ChangeBooking(AggregateEditor<BookingId, Booking> editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    public Booking execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), booking -> {
            Booking.Fields now = booking.fields();
            return booking.change(Patched.value(command.priceMinor(), now.priceMinor()),
                    Patched.value(command.currency(), now.currency()),
                    Patched.value(command.specialInstructions(), now.specialInstructions()), clock);
        }).after();
    }

    /** {@code null} leaves a field unchanged; an empty Optional clears it, which only specialInstructions allows. */
    public record Command(BookingId id, Integer expectedVersion, Optional<Long> priceMinor, Optional<String> currency,
                          Optional<String> specialInstructions) {
    }
}
