-- Two flights Marie Curie's dogs (V11's seed) might take: one scheduled, one flown.
insert into flights (id, flight_number, airline, departure_airport, arrival_airport, departure_time, arrival_time,
                     cabin_class, max_pets, active_bookings, status, version, created_at, updated_at)
values ('0197a1b2-c000-7000-8000-000000000001', 'AF1234', 'Air France', 'CDG', 'LIS', '2025-08-01 08:00:00+00',
        '2025-08-01 10:30:00+00', 'Cabin', 4, 0, 'scheduled', 1, '2025-07-06 09:00:00+00', '2025-07-06 09:00:00+00'),
       ('0197a1b2-c000-7000-8000-000000000002', 'TP441', 'TAP Air Portugal', 'LIS', 'GRU', '2025-07-10 22:00:00+00',
        '2025-07-11 07:45:00.123456+00', null, 2, 0, 'completed', 4, '2025-07-06 09:05:00+00', '2025-07-11 08:00:00+00');
