-- Two accounts, one with types (Flight Broker, Pet Services of version 2), labelled emails and a phone number.
insert into accounts (id, name, status, search_text, version, created_at, updated_at)
values ('0197a1b2-8000-7000-8000-000000000001', 'Skyward Pet Flights', 'active',
        'skyward pet flights desk@skyward.example billing@skyward.example +44 20 7946 0100', 3,
        '2025-07-01 08:00:00+00', '2025-07-03 12:00:00+00'),
       ('0197a1b2-8000-7000-8000-000000000002', 'Paws & Wings', 'open', 'paws & wings', 1,
        '2025-07-02 09:00:00+00', '2025-07-02 09:00:00+00');

insert into account_types (account_id, type_id)
values ('0197a1b2-8000-7000-8000-000000000001', '01a2011a-2ec0-7987-ba2d-c5a88ea11f3f'),
       ('0197a1b2-8000-7000-8000-000000000001', '01a2011a-2ec2-7346-ac31-c88c04de9098');

-- Labels from the account_email_labels and account_phone_labels lists of version 2.
insert into account_emails (id, account_id, email, label_id, is_primary, created_at, updated_at)
values ('0197a1b2-8100-7000-8000-000000000001', '0197a1b2-8000-7000-8000-000000000001', 'Desk@Skyward.example',
        '01a2011a-2ec6-760f-b79a-b7b9f240b6fe', true, '2025-07-01 08:00:00+00', '2025-07-01 08:00:00+00'),
       ('0197a1b2-8100-7000-8000-000000000002', '0197a1b2-8000-7000-8000-000000000001', 'billing@skyward.example',
        '01a2011a-2ec8-7dca-91a5-87fd823f46a7', false, '2025-07-01 08:00:00+00', '2025-07-03 12:00:00+00');

insert into account_phones (id, account_id, number, label_id, has_whatsapp, is_primary, created_at, updated_at)
values ('0197a1b2-8200-7000-8000-000000000001', '0197a1b2-8000-7000-8000-000000000001', '+44 20 7946 0100',
        '01a2011a-2ec9-7b3e-ad3a-6359f3d70285', false, true, '2025-07-01 08:00:00+00', '2025-07-01 08:00:00+00');

-- Marie Curie (V3's seed) as Director of Skyward.
insert into account_humans (id, account_id, human_id, role_id, created_at, updated_at)
values ('0197a1b2-8300-7000-8000-000000000001', '0197a1b2-8000-7000-8000-000000000001',
        '0197a1b2-3000-7000-8000-000000000001', '01a2011a-2ec4-74b2-bae4-ad73be9dae57',
        '2025-07-03 12:00:00+00', '2025-07-03 12:00:00+00');
