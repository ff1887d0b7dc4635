-- A creation through an API key, an update in the browser, and a change from the operator's command line.
insert into audit_log (id, occurred_at, colleague_id, api_key_id, action, entity_type, entity_id, changes,
                       request_id, client_ip)
values ('0197a1b2-4000-7000-8000-000000000001', '2025-06-05 08:00:00.250+00', '0197a1b2-1000-7000-8000-000000000001',
        '0197a1b2-1100-7000-8000-000000000001', 'create', 'human', '0197a1b2-3000-7000-8000-000000000001',
        '{"firstName": {"to": "Marie"}, "lastName": {"to": "Curie"}, "status": {"to": "open"}}',
        'req-7f3c9a', '203.0.113.7'),
       ('0197a1b2-4000-7000-8000-000000000002', '2025-06-18 16:20:00+00', '0197a1b2-1000-7000-8000-000000000002',
        null, 'update', 'human', '0197a1b2-3000-7000-8000-000000000001',
        '{"status": {"from": "open", "to": "active"}}', 'req-88d012', '2001:db8::42'),
       ('0197a1b2-4000-7000-8000-000000000003', '2025-06-20 08:00:00+00', null, null, 'update', 'colleague',
        '0197a1b2-1000-7000-8000-000000000002', '{"isActive": {"from": true, "to": false}}', null, null);
