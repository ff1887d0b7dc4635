-- Rows as the CRM writes them at version 1: an admin signed in with Google and an agent who left,
-- each with an API key (one in use, one revoked).
insert into colleagues (id, email, first_name, middle_names, last_name, display_name, avatar_url, google_id,
                        role, is_active, version, created_at, updated_at)
values ('0197a1b2-1000-7000-8000-000000000001', 'Ada.Lovelace@example.com', 'Ada', null, 'Lovelace', 'Ada Lovelace',
        'https://lh3.googleusercontent.com/a/ada', '104729000000000000001', 'admin', true, 3,
        '2025-06-01 09:00:00+00', '2025-06-03 10:30:00.123456+00'),
       ('0197a1b2-1000-7000-8000-000000000002', 'grace@example.com', 'Grace', 'Brewster Murray', 'Hopper',
        'Grace Brewster Murray Hopper', null, null, 'agent', false, 2,
        '2025-06-02 14:15:00+00', '2025-06-20 08:00:00+00');

insert into api_keys (id, colleague_id, name, role, secret_hash, prefix, expires_at, revoked_at, last_used_at,
                      version, created_at, updated_at)
values ('0197a1b2-1100-7000-8000-000000000001', '0197a1b2-1000-7000-8000-000000000001', 'Newsletter import',
        'manager', '15b5f344504549a217d5e34c7ae9b0af03c413536b0d0c0fc48822ac8922d3c8', 'crm_15b5f3',
        '2026-06-01 00:00:00+00', null, '2025-06-25 17:42:09.5+00', 1,
        '2025-06-01 09:30:00+00', '2025-06-01 09:30:00+00'),
       ('0197a1b2-1100-7000-8000-000000000002', '0197a1b2-1000-7000-8000-000000000002', 'Old laptop',
        'agent', '72ef804535b6f5be52e73a10d0ca5eb88da4808257f80f41dd55d0fac6745f77', 'crm_72ef80',
        null, '2025-06-20 08:00:00+00', null, 2,
        '2025-06-02 15:00:00+00', '2025-06-20 08:00:00+00');
