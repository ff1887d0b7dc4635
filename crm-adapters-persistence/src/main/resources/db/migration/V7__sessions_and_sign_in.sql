-- Browser sessions. Only the SHA-256 (hex) of the token in the browser's cookie is kept. A session
-- ends by expiring, or by its row being removed (sign-out, an admin's revocation).
create table sessions (
    id           uuid        primary key,
    colleague_id uuid        not null references colleagues (id) on delete cascade,
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_seen_at timestamptz not null,
    -- Where it was started, to help a person recognise it; what the client sent, cleaned and cut.
    user_agent   text        check (char_length(user_agent) between 1 and 500),
    client_ip    text        check (char_length(client_ip) between 1 and 100),
    check (expires_at > created_at)
);
-- A colleague's sessions, newest first: one range scan of this index, in order.
create index sessions_colleague_idx on sessions (colleague_id, created_at desc, id desc);
-- For the purge of expired sessions.
create index sessions_expires_at_idx on sessions (expires_at);

-- Sign-ins sent to Google and not back yet, keyed by the SHA-256 (hex) of their state; the
-- callback takes (deletes) its row, so a state works once, on whichever instance it reaches.
create table sign_in_attempts (
    state_hash    text        primary key check (state_hash ~ '^[0-9a-f]{64}$'),
    nonce         text        not null,
    code_verifier text        not null,
    return_to     text,
    expires_at    timestamptz not null
);
-- For the purge of expired attempts.
create index sign_in_attempts_expires_at_idx on sign_in_attempts (expires_at);
