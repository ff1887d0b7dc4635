package com.humanscrm.adapters.persistence.booking;

import static com.humanscrm.adapters.persistence.jooq.Tables.BOOKINGS;

import com.humanscrm.adapters.persistence.jooq.tables.records.BookingsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.application.booking.BookingListQuery;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Bookings, one row each; a pet's one seat per flight is the database's partial unique index. */
public final class JooqBookingRepository implements BookingRepository {

    private static final String CANCELLED = BookingStatus.CANCELLED.wireName();

    private final DSLContext dsl;

    public JooqBookingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return dsl.selectFrom(BOOKINGS).where(BOOKINGS.ID.eq(id.value())).fetchOptional(JooqBookingRepository::restored);
    }

    @Override
    public Optional<Booking> findForChange(BookingId id) {
        return RowLocks.lockThenLoad(dsl, BOOKINGS.ID, id.value(), () -> findById(id));
    }

    @Override
    public void add(Booking booking) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(BOOKINGS).set(row(booking)).execute(),
                constraint -> "The pet " + booking.petId() + " is booked on the flight " + booking.flightId()
                        + " already; cancel that booking first");
    }

    @Override
    public void update(Booking booking) {
        Conflicts.updateIfCurrent(dsl, row(booking), BOOKINGS.ID, BOOKINGS.VERSION, RecordKind.BOOKING, BOOKINGS.CREATED_AT);
    }

    @Override
    public List<Booking> holdingSeatsOnForChange(FlightId flight) {
        return dsl.selectFrom(BOOKINGS).where(BOOKINGS.FLIGHT_ID.eq(flight.value()), BOOKINGS.STATUS.ne(CANCELLED))
                .orderBy(BOOKINGS.ID).forUpdate().fetch(JooqBookingRepository::restored);
    }

    @Override
    public boolean holdsSeat(PetId pet) {
        return dsl.fetchExists(BOOKINGS, BOOKINGS.PET_ID.eq(pet.value()), BOOKINGS.STATUS.ne(CANCELLED));
    }

    @Override
    public List<Booking> removeAllOf(PetId pet) {
        return dsl.deleteFrom(BOOKINGS).where(BOOKINGS.PET_ID.eq(pet.value())).returning().fetch()
                .map(JooqBookingRepository::restored);
    }

    @Override
    public boolean holdIfExists(BookingId id) {
        return RowLocks.holdIfExists(dsl, BOOKINGS.ID, id.value());
    }

    @Override
    public Page<Booking> list(BookingListQuery query) {
        Keyset<Booking, ?> order = Keyset.byInstant(BookingListQuery.ORDER, BOOKINGS.CREATED_AT, BOOKINGS.ID, true,
                Booking::createdAt, booking -> booking.id().value());
        Condition filter = filter(query);
        return order.page(dsl.selectFrom(BOOKINGS)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqBookingRepository::restored),
                query.page(), () -> dsl.fetchCount(BOOKINGS, filter));
    }

    private static Condition filter(BookingListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.flightId() != null) {
            filter = filter.and(BOOKINGS.FLIGHT_ID.eq(query.flightId().value()));
        }
        if (query.humanId() != null) {
            filter = filter.and(BOOKINGS.HUMAN_ID.eq(query.humanId().value()));
        }
        if (query.petId() != null) {
            filter = filter.and(BOOKINGS.PET_ID.eq(query.petId().value()));
        }
        if (query.status() != null) {
            filter = filter.and(BOOKINGS.STATUS.eq(query.status().wireName()));
        }
        return filter;
    }

    private static Booking restored(BookingsRecord row) {
        return Booking.restore(new BookingId(row.getId()), new Booking.Fields(new FlightId(row.getFlightId()),
                        new HumanId(row.getHumanId()), new PetId(row.getPetId()), row.getPriceMinor(), row.getCurrency(),
                        row.getSpecialInstructions()),
                BookingStatus.fromWireName(row.getStatus(), "status"), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static BookingsRecord row(Booking booking) {
        return new BookingsRecord(booking.id().value(), booking.flightId().value(), booking.humanId().value(),
                booking.petId().value(), booking.priceMinor(), booking.currency(), booking.specialInstructions().orElse(null),
                booking.status().wireName(), booking.version(), booking.createdAt(), booking.updatedAt());
    }
}
