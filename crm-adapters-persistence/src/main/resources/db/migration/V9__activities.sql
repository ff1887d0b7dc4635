create table activities (
    id            uuid        primary key,
    type          text        not null check (type in ('email', 'whatsapp_message', 'online_meeting', 'phone_call')),
    subject       text        check (char_length(subject) between 1 and 500),
    notes         text        check (char_length(notes) between 1 and 10000),
    activity_date timestamptz not null,
    -- What the activity is about. An activity is history: the human or account it is about cannot be
    -- deleted while it points there (see docs/api.md, "Deleting what others point to").
    human_id      uuid        references humans (id) on delete restrict,
    account_id    uuid        references accounts (id) on delete restrict,
    gmail_id      text        unique check (char_length(gmail_id) between 1 and 255),
    front_id      text        unique check (char_length(front_id) between 1 and 255),
    created_by    uuid        not null references colleagues (id),
    version       integer     not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (human_id is not null or account_id is not null),
    check (type <> 'email' or subject is not null)
);
-- The list is newest first by activity date; each filter has its index in that order, so a page is a
-- range scan whatever the filter (a human's or an account's activities, a colleague's, one type's).
create index activities_date_idx on activities (activity_date, id);
create index activities_human_date_idx on activities (human_id, activity_date, id) where human_id is not null;
create index activities_account_date_idx on activities (account_id, activity_date, id) where account_id is not null;
create index activities_created_by_date_idx on activities (created_by, activity_date, id);
create index activities_type_date_idx on activities (type, activity_date, id);
