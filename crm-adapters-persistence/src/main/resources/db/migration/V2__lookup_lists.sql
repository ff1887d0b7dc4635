create table lookup_items (
    id         uuid        primary key,
    list       text        not null check (list in ('account_types', 'account_human_roles',
                                                    'account_email_labels', 'account_phone_labels',
                                                    'human_email_labels', 'human_phone_labels')),
    name       citext      not null check (char_length(name) between 1 and 100),
    version    integer     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (list, name)
);
create index lookup_items_list_created_idx on lookup_items (list, created_at, id);

insert into lookup_items (id, list, name, version, created_at, updated_at)
select v.id::uuid, v.list, v.name, 1, now(), now()
from (values
    ('01a2011a-2ec0-7987-ba2d-c5a88ea11f3f', 'account_types', 'Flight Broker'),
    ('01a2011a-2ec1-765b-90b9-884dd51d29d4', 'account_types', 'Flight Provider'),
    ('01a2011a-2ec2-7346-ac31-c88c04de9098', 'account_types', 'Pet Services'),
    ('01a2011a-2ec3-7feb-8ef2-4618790d4911', 'account_types', 'Business Provider'),
    ('01a2011a-2ec4-74b2-bae4-ad73be9dae57', 'account_human_roles', 'Director'),
    ('01a2011a-2ec5-7f46-aec4-2afe0a28749d', 'account_human_roles', 'Broker'),
    ('01a2011a-2ec6-760f-b79a-b7b9f240b6fe', 'account_email_labels', 'Main'),
    ('01a2011a-2ec7-797a-a1a8-aa77032aa808', 'account_email_labels', 'Support'),
    ('01a2011a-2ec8-7dca-91a5-87fd823f46a7', 'account_email_labels', 'Billing'),
    ('01a2011a-2ec9-7b3e-ad3a-6359f3d70285', 'account_phone_labels', 'Main'),
    ('01a2011a-2eca-72b6-b443-554a68b4306b', 'account_phone_labels', 'Support'),
    ('01a2011a-2ecb-783a-bdef-89c791ae6a68', 'account_phone_labels', 'Fax'),
    ('01a2011a-2ecc-7ac3-ba79-840e5bb6877c', 'human_email_labels', 'Work'),
    ('01a2011a-2ecd-7b34-bea3-dbf49c8214d5', 'human_email_labels', 'Personal'),
    ('01a2011a-2ece-7446-a472-cb8b3a5a47a2', 'human_email_labels', 'Other'),
    ('01a2011a-2ecf-7747-8001-597063771aa7', 'human_phone_labels', 'Mobile'),
    ('01a2011a-2ed0-715c-9e01-9b631e5a2146', 'human_phone_labels', 'Home'),
    ('01a2011a-2ed1-72c2-80a5-c18f608eb50a', 'human_phone_labels', 'Work'),
    ('01a2011a-2ed2-7e11-a2fd-e4e2d69e547a', 'human_phone_labels', 'Other')
) as v (id, list, name);
