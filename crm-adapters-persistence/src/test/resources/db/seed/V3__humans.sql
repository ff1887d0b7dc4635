-- Three humans, one in each status, with types, labelled and unlabelled emails and phone numbers.
insert into humans (id, first_name, middle_name, last_name, status, search_text, version, created_at, updated_at)
values ('0197a1b2-3000-7000-8000-000000000001', 'Marie', 'Salomea', 'Curie', 'active',
        'marie salomea curie marie@curie.example m.curie@example.org +33 1 42 34 56 78', 4,
        '2025-06-05 08:00:00+00', '2025-06-18 16:20:00+00'),
       ('0197a1b2-3000-7000-8000-000000000002', 'Alan', null, 'Turing', 'open',
        'alan turing alan@turing.example +44 20 7946 0958', 1,
        '2025-06-06 09:00:00+00', '2025-06-06 09:00:00+00'),
       ('0197a1b2-3000-7000-8000-000000000003', 'Emmy', null, 'Noether', 'closed', 'emmy noether', 2,
        '2025-06-07 10:00:00+00', '2025-06-21 10:00:00+00');

insert into human_types (human_id, type)
values ('0197a1b2-3000-7000-8000-000000000001', 'client'),
       ('0197a1b2-3000-7000-8000-000000000001', 'trainer'),
       ('0197a1b2-3000-7000-8000-000000000002', 'travel_agent');

-- Labels from the human_email_labels and human_phone_labels lists of version 2.
insert into human_emails (id, human_id, email, label_id, is_primary, created_at, updated_at)
values ('0197a1b2-3100-7000-8000-000000000001', '0197a1b2-3000-7000-8000-000000000001', 'Marie@Curie.example',
        '01a2011a-2ecc-7ac3-ba79-840e5bb6877c', true, '2025-06-05 08:00:00+00', '2025-06-05 08:00:00+00'),
       ('0197a1b2-3100-7000-8000-000000000002', '0197a1b2-3000-7000-8000-000000000001', 'm.curie@example.org',
        '01a2011a-2ecd-7b34-bea3-dbf49c8214d5', false, '2025-06-05 08:00:00+00', '2025-06-18 16:20:00+00'),
       ('0197a1b2-3100-7000-8000-000000000003', '0197a1b2-3000-7000-8000-000000000002', 'alan@turing.example',
        null, true, '2025-06-06 09:00:00+00', '2025-06-06 09:00:00+00');

insert into human_phones (id, human_id, number, label_id, has_whatsapp, is_primary, created_at, updated_at)
values ('0197a1b2-3200-7000-8000-000000000001', '0197a1b2-3000-7000-8000-000000000001', '+33 1 42 34 56 78',
        '01a2011a-2ecf-7747-8001-597063771aa7', true, true, '2025-06-05 08:00:00+00', '2025-06-05 08:00:00+00'),
       ('0197a1b2-3200-7000-8000-000000000002', '0197a1b2-3000-7000-8000-000000000002', '+44 20 7946 0958',
        null, false, false, '2025-06-06 09:00:00+00', '2025-06-06 09:00:00+00');
