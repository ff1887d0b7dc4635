create table bookings (
    id                   uuid        primary key,
    -- A booking is history (what was sold, and to whom): none of what it points to is deleted while it
    -- does, but a pet with only cancelled bookings takes them with it (see docs/api.md).
    flight_id            uuid        not null references flights (id) on delete restrict,
    human_id             uuid        not null references humans (id) on delete restrict,
    pet_id               uuid        not null references pets (id) on delete restrict,
    price_minor          bigint      not null check (price_minor >= 0),
    currency             text        not null check (currency ~ '^[A-Z]{3}$'),
    special_instructions text        check (char_length(special_instructions) between 1 and 2000),
    status               text        not null default 'pending'
                                     check (status in ('pending', 'confirmed', 'checked_in', 'completed', 'cancelled')),
    version              integer     not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
-- A pet holds at most one seat on a flight: a second booking not cancelled is refused here, however it races.
create unique index bookings_one_seat_per_pet_idx on bookings (flight_id, pet_id) where status <> 'cancelled';
-- The list is newest first; each filter has its index in that order.
create index bookings_created_at_idx on bookings (created_at, id);
create index bookings_flight_created_at_idx on bookings (flight_id, created_at, id);
create index bookings_human_created_at_idx on bookings (human_id, created_at, id);
create index bookings_pet_created_at_idx on bookings (pet_id, created_at, id);
create index bookings_status_created_at_idx on bookings (status, created_at, id);
