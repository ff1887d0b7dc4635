-- A human's document uploaded by a colleague, and an account's from the operator's command line.
insert into documents (id, entity_type, entity_id, filename, content_type, size_bytes, sha256, storage_key,
                       uploaded_by, uploaded_at)
values ('0197a1b2-6000-7000-8000-000000000001', 'human', '0197a1b2-3000-7000-8000-000000000001',
        'Passport scan.pdf', 'application/pdf', 482133,
        'c63ebdcbe00c06b7d93143056be2bb37d7edc77c5076c1dd3b1c9931f36ddb8a',
        'documents/0197a1b2-6000-7000-8000-000000000001', '0197a1b2-1000-7000-8000-000000000001',
        '2025-06-10 12:00:00+00'),
       ('0197a1b2-6000-7000-8000-000000000002', 'account', '0197a1b2-9000-7000-8000-000000000001',
        'contract 2025.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 0,
        '7897a2d21d9787e908f88cbda8d72101023da9866859ec8827d80467188c143e',
        'documents/0197a1b2-6000-7000-8000-000000000002', null, '2025-06-11 07:30:00+00');
