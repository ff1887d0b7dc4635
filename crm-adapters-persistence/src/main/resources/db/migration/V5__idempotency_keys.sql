-- The Idempotency-Key of each creating request, per colleague, with the first response to replay
-- to its retries. The primary key decides which of two racing requests runs.
create table idempotency_keys (
    colleague_id     uuid        not null references colleagues (id) on delete cascade,
    idempotency_key  text        not null check (char_length(idempotency_key) between 1 and 255),
    -- SHA-256 (hex) of the request's method, path and body.
    fingerprint      text        not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    created_at       timestamptz not null,
    -- Null while the first request runs; set with the rest of the response once it succeeded.
    response_status  integer     check (response_status between 200 and 299),
    -- "Name: value" lines: Location, ETag, Content-Type.
    response_headers text[],
    -- Null with a status: a response holding a secret, which is not kept.
    response_body    bytea,
    primary key (colleague_id, idempotency_key),
    check (response_status is not null or (response_headers is null and response_body is null))
);
-- For the purge of expired keys.
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
