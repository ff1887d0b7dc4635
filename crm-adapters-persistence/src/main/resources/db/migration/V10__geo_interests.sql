-- Places clients are interested in. A place is one row however it is written: city_key and
-- country_key are the names without accents, in lower case, spaces collapsed (GeoInterest.key), and
-- unique together. In the "C" collation, so a prefix search is a plain index range scan.
create table geo_interests (
    id          uuid        primary key,
    city        text        not null check (char_length(city) between 1 and 100),
    country     text        not null check (char_length(country) between 1 and 100),
    city_key    text        collate "C" not null,
    country_key text        collate "C" not null,
    created_at  timestamptz not null,
    unique (city_key, country_key)
);
create index geo_interests_city_key_idx on geo_interests (city_key, id);
create index geo_interests_country_key_idx on geo_interests (country_key, id);

-- A human's interest in a place, perhaps voiced during an activity. It belongs to the human (deleted
-- with them); a place with expressions is not deleted unless they are removed first (?force=true);
-- deleting the activity leaves the expression, without it.
create table geo_interest_expressions (
    id              uuid        primary key,
    geo_interest_id uuid        not null references geo_interests (id) on delete restrict,
    human_id        uuid        not null references humans (id) on delete cascade,
    activity_id     uuid        references activities (id) on delete set null,
    notes           text        check (char_length(notes) between 1 and 2000),
    version         integer     not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index geo_interest_expressions_place_idx on geo_interest_expressions (geo_interest_id, created_at, id);
create index geo_interest_expressions_place_human_idx on geo_interest_expressions (geo_interest_id, human_id);
create index geo_interest_expressions_human_idx on geo_interest_expressions (human_id, created_at, id);
create index geo_interest_expressions_activity_idx on geo_interest_expressions (activity_id, created_at, id)
    where activity_id is not null;
create index geo_interest_expressions_created_idx on geo_interest_expressions (created_at, id);
