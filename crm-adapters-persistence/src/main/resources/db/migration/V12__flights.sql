create table flights (
    id                uuid        primary key,
    flight_number     text        not null
                                  check (flight_number ~ '^([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]|[A-Z]{3})[0-9]{1,4}$'),
    airline           text        not null check (char_length(airline) between 1 and 100),
    departure_airport text        not null check (departure_airport ~ '^[A-Z]{3}$'),
    arrival_airport   text        not null check (arrival_airport ~ '^[A-Z]{3}$'),
    departure_time    timestamptz not null,
    arrival_time      timestamptz not null,
    cabin_class       text        check (char_length(cabin_class) between 1 and 50),
    max_pets          integer     not null check (max_pets between 1 and 50),
    -- The bookings not cancelled, moved only by the bookings' writes in their transactions: the check
    -- below is the last word on capacity, whatever the concurrency and however many servers write.
    active_bookings   integer     not null default 0,
    status            text        not null default 'scheduled'
                                  check (status in ('scheduled', 'confirmed', 'in_transit', 'completed', 'cancelled')),
    version           integer     not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check (departure_airport <> arrival_airport),
    check (arrival_time > departure_time),
    constraint flights_capacity_check check (active_bookings between 0 and max_pets)
);
-- The list is by departure; each filter has its index in that order, so a page is a range scan.
create index flights_departure_idx on flights (departure_time, id);
create index flights_status_departure_idx on flights (status, departure_time, id);
create index flights_from_departure_idx on flights (departure_airport, departure_time, id);
create index flights_to_departure_idx on flights (arrival_airport, departure_time, id);
