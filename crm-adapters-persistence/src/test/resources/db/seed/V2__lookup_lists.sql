-- An item added to a list after the migration filled it, renamed once.
insert into lookup_items (id, list, name, version, created_at, updated_at)
values ('0197a1b2-2000-7000-8000-000000000001', 'account_types', 'Pet Grooming', 2,
        '2025-06-04 11:00:00+00', '2025-06-05 12:00:00+00');
