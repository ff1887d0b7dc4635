-- Pierre (V11's seed) on the scheduled flight of V12's seed, and Ève's cancelled booking on it.
update flights set active_bookings = 1 where id = '0197a1b2-c000-7000-8000-000000000001';
insert into bookings (id, flight_id, human_id, pet_id, price_minor, currency, special_instructions, status, version,
                      created_at, updated_at)
values ('0197a1b2-d000-7000-8000-000000000001', '0197a1b2-c000-7000-8000-000000000001',
        '0197a1b2-3000-7000-8000-000000000001', '0197a1b2-b000-7000-8000-000000000001', 45000, 'EUR',
        'Crate by the window', 'confirmed', 2, '2025-07-06 10:00:00+00', '2025-07-06 10:30:00.5+00'),
       ('0197a1b2-d000-7000-8000-000000000002', '0197a1b2-c000-7000-8000-000000000001',
        '0197a1b2-3000-7000-8000-000000000001', '0197a1b2-b000-7000-8000-000000000002', 0, 'USD', null, 'cancelled', 3,
        '2025-07-06 10:05:00+00', '2025-07-06 11:00:00+00');
