create table pets (
    id            uuid        primary key,
    -- A pet is its human's: deleting the human deletes its pets first, each audited with its documents
    -- (see docs/api.md, "Deleting what others point to"); the database refuses anything else.
    human_id      uuid        not null references humans (id) on delete restrict,
    name          text        not null check (char_length(name) between 1 and 100),
    -- The fixed list of the domain's Breed, by display name.
    breed         text        check (breed in (
        'Akita',
        'Australian Shepherd',
        'Basset Hound',
        'Beagle',
        'Belgian Malinois',
        'Bernese Mountain Dog',
        'Bichon Frise',
        'Border Collie',
        'Boston Terrier',
        'Boxer',
        'Bulldog',
        'Cane Corso',
        'Cavalier King Charles Spaniel',
        'Chihuahua',
        'Cocker Spaniel',
        'Dachshund',
        'Doberman Pinscher',
        'English Springer Spaniel',
        'French Bulldog',
        'German Shepherd',
        'German Shorthaired Pointer',
        'Golden Retriever',
        'Great Dane',
        'Havanese',
        'Jack Russell Terrier',
        'Labrador Retriever',
        'Maltese',
        'Miniature Schnauzer',
        'Newfoundland',
        'Pembroke Welsh Corgi',
        'Pomeranian',
        'Poodle',
        'Pug',
        'Rottweiler',
        'Samoyed',
        'Shetland Sheepdog',
        'Shiba Inu',
        'Shih Tzu',
        'Siberian Husky',
        'Staffordshire Bull Terrier',
        'Vizsla',
        'Weimaraner',
        'West Highland White Terrier',
        'Whippet',
        'Yorkshire Terrier',
        'Mixed Breed',
        'Other'
    )),
    weight_kg     numeric(5, 2) check (weight_kg > 0),
    date_of_birth date        check (date_of_birth >= date '1900-01-01'),
    special_needs text        check (char_length(special_needs) between 1 and 2000),
    is_active     boolean     not null,
    -- The name in lower case, kept by the repository, so a trigram index answers the list's q.
    search_text   text        not null,
    version       integer     not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
-- Each sort has its index, alone and after a breed, so such a page is a range scan in order. A human
-- has a few pets: one index finds them (in the detail's order, by name), and sorting them costs nothing.
create index pets_created_at_idx on pets (created_at, id);
create index pets_name_idx on pets (name, id);
create index pets_human_name_idx on pets (human_id, name, id);
create index pets_breed_created_at_idx on pets (breed, created_at, id) where breed is not null;
create index pets_breed_name_idx on pets (breed, name, id) where breed is not null;
create index pets_search_idx on pets using gin (search_text gin_trgm_ops);
