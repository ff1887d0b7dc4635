create extension if not exists citext;
create extension if not exists pg_trgm;

create table colleagues (
    id           uuid        primary key,
    email        citext      not null unique check (char_length(email) between 3 and 255),
    first_name   text        not null check (char_length(first_name) between 1 and 100),
    middle_names text        check (char_length(middle_names) between 1 and 200),
    last_name    text        not null check (char_length(last_name) between 1 and 100),
    display_name text        not null check (char_length(display_name) between 1 and 300),
    avatar_url   text        check (char_length(avatar_url) between 1 and 2000),
    google_id    text        unique,
    role         text        not null check (role in ('viewer', 'agent', 'manager', 'admin')),
    is_active    boolean     not null default true,
    version      integer     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index colleagues_created_at_idx on colleagues (created_at, id);

create table api_keys (
    id           uuid        primary key,
    colleague_id uuid        not null references colleagues (id) on delete cascade,
    name         text        not null check (char_length(name) between 1 and 100),
    role         text        not null check (role in ('viewer', 'agent', 'manager', 'admin')),
    -- Only the SHA-256 of the secret is kept; the prefix lets people recognise a key in lists.
    secret_hash  text        not null unique,
    prefix       text        not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    version      integer     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index api_keys_created_at_idx on api_keys (created_at, id);
create index api_keys_colleague_idx on api_keys (colleague_id, created_at, id);
