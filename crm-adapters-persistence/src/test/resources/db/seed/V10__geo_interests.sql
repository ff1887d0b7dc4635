-- Lisbon, and São Paulo, which Marie Curie (V3's seed) asked about on the call of V9's seed.
insert into geo_interests (id, city, country, city_key, country_key, created_at)
values ('0197a1b2-a000-7000-8000-000000000001', 'Lisbon', 'Portugal', 'lisbon', 'portugal', '2025-07-04 10:06:00+00'),
       ('0197a1b2-a000-7000-8000-000000000002', 'São Paulo', 'Brazil', 'sao paulo', 'brazil', '2025-07-04 10:07:00+00');

insert into geo_interest_expressions (id, geo_interest_id, human_id, activity_id, notes, version, created_at, updated_at)
values ('0197a1b2-a100-7000-8000-000000000001', '0197a1b2-a000-7000-8000-000000000002',
        '0197a1b2-3000-7000-8000-000000000001', '0197a1b2-9000-7000-8000-000000000001', 'In August, with two dogs', 2,
        '2025-07-04 10:07:00+00', '2025-07-04 11:00:00.123456+00'),
       ('0197a1b2-a100-7000-8000-000000000002', '0197a1b2-a000-7000-8000-000000000001',
        '0197a1b2-3000-7000-8000-000000000001', null, null, 1, '2025-07-04 10:08:00+00', '2025-07-04 10:08:00+00');
