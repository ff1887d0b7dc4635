-- Marie Curie's (V3's seed) two dogs: one described in full, one barely.
insert into pets (id, human_id, name, breed, weight_kg, date_of_birth, special_needs, is_active, search_text, version,
                  created_at, updated_at)
values ('0197a1b2-b000-7000-8000-000000000001', '0197a1b2-3000-7000-8000-000000000001', 'Pierre', 'Bernese Mountain Dog',
        48.25, '2019-04-12', 'Calm; needs water every two hours', true, 'pierre', 2,
        '2025-07-05 09:00:00+00', '2025-07-05 09:30:00.654321+00'),
       ('0197a1b2-b000-7000-8000-000000000002', '0197a1b2-3000-7000-8000-000000000001', 'Ève', null, null, null, null,
        false, 'ève', 1, '2025-07-05 09:01:00+00', '2025-07-05 09:01:00+00');
