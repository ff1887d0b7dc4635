-- What the CRM knows about the files attached to records; the bytes are in the blob store under
-- storage_key. A document may be attached to any kind of record, so there is no foreign key to the
-- record: the use case deleting a record removes its documents (and their bytes) itself.
create table documents (
    id           uuid        primary key,
    entity_type  text        not null check (entity_type in ('human', 'account', 'pet', 'booking', 'lead', 'activity')),
    entity_id    uuid        not null,
    filename     text        not null check (char_length(filename) between 1 and 255),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes >= 0),
    -- SHA-256 (hex) of the bytes.
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- Unique: two documents sharing bytes would lose them when either is deleted. Its index also
    -- answers the reconciliation's "which of these keys does no document use?".
    storage_key  text        not null unique,
    -- Null when the operator's command line uploaded it. Colleagues are deactivated, never deleted,
    -- so, as in the audit log, the reference keeps its row.
    uploaded_by  uuid        references colleagues (id),
    uploaded_at  timestamptz not null
);
-- A record's documents, newest first: one range scan of this index, in order.
create index documents_entity_idx on documents (entity_type, entity_id, uploaded_at desc, id desc);
-- Every record's documents, newest first.
create index documents_uploaded_at_idx on documents (uploaded_at desc, id desc);
