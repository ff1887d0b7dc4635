create table accounts (
    id          uuid        primary key,
    name        text        not null check (char_length(name) between 1 and 255),
    status      text        not null default 'open' check (status in ('open', 'active', 'closed')),
    -- The name, emails and phone numbers in lower case, kept by the repository with the aggregate,
    -- so one trigram index answers the list's text search (as for humans).
    search_text text        not null,
    version     integer     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index accounts_created_at_idx on accounts (created_at, id);
create index accounts_name_idx on accounts (name, id);
create index accounts_status_created_at_idx on accounts (status, created_at, id);
create index accounts_status_name_idx on accounts (status, name, id);
create index accounts_search_idx on accounts using gin (search_text gin_trgm_ops);

create table account_types (
    account_id uuid not null references accounts (id) on delete cascade,
    -- An item of the account types list; one in use cannot be deleted from it.
    type_id    uuid not null references lookup_items (id) on delete restrict,
    primary key (account_id, type_id)
);
create index account_types_type_idx on account_types (type_id, account_id);

create table account_emails (
    id         uuid        primary key,
    account_id uuid        not null references accounts (id) on delete cascade,
    email      citext      not null check (char_length(email) between 3 and 255),
    label_id   uuid        references lookup_items (id) on delete restrict,
    is_primary boolean     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (account_id, email)
);
create index account_emails_label_idx on account_emails (label_id);
create unique index account_emails_one_primary_idx on account_emails (account_id) where is_primary;

create table account_phones (
    id           uuid        primary key,
    account_id   uuid        not null references accounts (id) on delete cascade,
    number       text        not null check (char_length(number) between 1 and 50),
    label_id     uuid        references lookup_items (id) on delete restrict,
    has_whatsapp boolean     not null,
    is_primary   boolean     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index account_phones_account_idx on account_phones (account_id);
create index account_phones_label_idx on account_phones (label_id);
create unique index account_phones_one_primary_idx on account_phones (account_id) where is_primary;

-- The humans linked to an account, each in a role from the account-human roles list: part of the
-- account's aggregate, as its emails are.
create table account_humans (
    id         uuid        primary key,
    account_id uuid        not null references accounts (id) on delete cascade,
    human_id   uuid        not null references humans (id) on delete cascade,
    role_id    uuid        not null references lookup_items (id) on delete restrict,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (account_id, human_id, role_id)
);
create index account_humans_human_idx on account_humans (human_id);
create index account_humans_role_idx on account_humans (role_id);
