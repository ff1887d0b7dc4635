-- A finished request, its response kept for retries, and one still running.
insert into idempotency_keys (colleague_id, idempotency_key, fingerprint, created_at, response_status,
                              response_headers, response_body)
values ('0197a1b2-1000-7000-8000-000000000001', '5f1d7c2e-import-0001',
        '042f3736a430e42afc99d9c5f5c346dbd4aaaf8560acc0607c02973449ac5875', '2025-06-06 09:00:00+00', 201,
        array['Location: /api/humans/0197a1b2-3000-7000-8000-000000000002', 'ETag: "1"',
              'Content-Type: application/json'],
        convert_to('{"id":"0197a1b2-3000-7000-8000-000000000002","firstName":"Alan","lastName":"Turing"}', 'UTF8')),
       ('0197a1b2-1000-7000-8000-000000000001', '5f1d7c2e-import-0002',
        '30bab95953620a6938ca0114f3bdb71410839b0ca0bb66dcf304369dcb3cb7e6', '2025-06-06 09:00:01+00', null, null, null);
