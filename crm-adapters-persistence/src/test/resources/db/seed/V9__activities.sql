-- A call with Marie Curie (V3's seed) about Skyward (V8's), and an email to Skyward alone, both logged by Ada (V1's).
insert into activities (id, type, subject, notes, activity_date, human_id, account_id, gmail_id, front_id, created_by,
                        version, created_at, updated_at)
values ('0197a1b2-9000-7000-8000-000000000001', 'phone_call', null, 'Asked about two dogs to Lisbon',
        '2025-07-04 10:00:00+00', '0197a1b2-3000-7000-8000-000000000001', '0197a1b2-8000-7000-8000-000000000001',
        null, 'front-0001', '0197a1b2-1000-7000-8000-000000000001', 2, '2025-07-04 10:05:00+00',
        '2025-07-04 11:00:00.654321+00'),
       ('0197a1b2-9000-7000-8000-000000000002', 'email', 'Quote for August', null, '2025-07-05 09:30:00+00', null,
        '0197a1b2-8000-7000-8000-000000000001', '18c2f0a9b7d1e3f4', null, '0197a1b2-1000-7000-8000-000000000001', 1,
        '2025-07-05 09:31:00+00', '2025-07-05 09:31:00+00');
