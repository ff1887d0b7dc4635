create table humans (
    id          uuid        primary key,
    first_name  text        not null check (char_length(first_name) between 1 and 100),
    middle_name text        check (char_length(middle_name) between 1 and 100),
    last_name   text        not null check (char_length(last_name) between 1 and 100),
    status      text        not null default 'open' check (status in ('open', 'active', 'closed')),
    -- Names, emails and phone numbers in lower case, kept by the repository with the aggregate,
    -- so one trigram index answers the list's text search.
    search_text text        not null,
    version     integer     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index humans_created_at_idx on humans (created_at, id);
create index humans_last_name_idx on humans (last_name, id);
create index humans_status_created_at_idx on humans (status, created_at, id);
create index humans_status_last_name_idx on humans (status, last_name, id);
create index humans_search_idx on humans using gin (search_text gin_trgm_ops);

create table human_types (
    human_id uuid not null references humans (id) on delete cascade,
    type     text not null check (type in ('client', 'trainer', 'travel_agent', 'flight_broker')),
    primary key (human_id, type)
);
create index human_types_type_idx on human_types (type, human_id);

create table human_emails (
    id         uuid        primary key,
    human_id   uuid        not null references humans (id) on delete cascade,
    email      citext      not null check (char_length(email) between 3 and 255),
    -- A label in use cannot be deleted from its lookup list.
    label_id   uuid        references lookup_items (id) on delete restrict,
    is_primary boolean     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (human_id, email)
);
create index human_emails_label_idx on human_emails (label_id);
create unique index human_emails_one_primary_idx on human_emails (human_id) where is_primary;

create table human_phones (
    id           uuid        primary key,
    human_id     uuid        not null references humans (id) on delete cascade,
    number       text        not null check (char_length(number) between 1 and 50),
    label_id     uuid        references lookup_items (id) on delete restrict,
    has_whatsapp boolean     not null,
    is_primary   boolean     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index human_phones_human_idx on human_phones (human_id);
create index human_phones_label_idx on human_phones (label_id);
create unique index human_phones_one_primary_idx on human_phones (human_id) where is_primary;
