create table audit_log (
    id           uuid        primary key,
    occurred_at  timestamptz not null,
    colleague_id uuid        references colleagues (id),
    api_key_id   uuid        references api_keys (id) on delete set null,
    action       text        not null check (action in ('create', 'update', 'delete', 'link', 'unlink', 'undo')),
    entity_type  text        not null check (char_length(entity_type) between 1 and 50),
    entity_id    uuid        not null,
    changes      jsonb       not null,
    request_id   text,
    client_ip    text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, occurred_at, id);
create index audit_log_occurred_at_idx on audit_log (occurred_at, id);
