-- The benchmark's data, set-based: :humans humans, each with 1-3 emails, 0-2 phone numbers and 1-2
-- types, created over the last two years, with the search text the repository would have written.
-- Seed replaces :humans; statements end with a semicolon at the end of a line.

create unlogged table bench_people as
with names as (
    select array['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Dennis', 'Frances',
                 'Ken', 'Radia', 'Tim', 'Hedy', 'Linus', 'Sophie', 'John', 'Mary', 'James', 'Olivia', 'Liam', 'Emma',
                 'Noah', 'Ava', 'Lucas', 'Mia', 'Hugo', 'Chloé', 'Léa', 'Zoë', 'Jürgen', 'Åsa', 'Björn', 'Inès',
                 'Mateo', 'Lucía', 'Giulia', 'Marco', 'Anouk', 'Daan', 'Freya', 'Oscar', 'Aiko', 'Kenji', 'Priya',
                 'Arjun', 'Fatima', 'Omar', 'Amara', 'Kwame', 'Ingrid', 'Sven', 'Nadia', 'Pavel', 'Elena', 'Tomás',
                 'Siobhán', 'Ciarán', 'Rosa', 'Pablo'] as firsts,
           array['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Dijkstra', 'Liskov', 'Knuth', 'Hamilton', 'Ritchie',
                 'Allen', 'Thompson', 'Perlman', 'Berners-Lee', 'Lamarr', 'Torvalds', 'Wilson', 'Smith', 'Brown',
                 'Taylor', 'Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Müller', 'Schmidt', 'Schneider',
                 'Fischer', 'Weber', 'García', 'Fernández', 'González', 'Rossi', 'Russo', 'Ferrari', 'de Jong',
                 'Jansen', 'de Vries', 'van Dijk', 'Andersson', 'Johansson', 'Nilsson', 'Sato', 'Suzuki',
                 'Takahashi', 'Patel', 'Sharma', 'Singh', 'Khan', 'Haddad', 'Mensah', 'Okafor', 'Nowak',
                 'Kowalski', 'Novák', 'Horvath', 'Ivanova', 'Popescu', 'O''Brien', 'Murphy', 'Kelly', 'Walsh',
                 'Silva', 'Santos', 'Costa', 'Pereira', 'Nguyen', 'Tran', 'Kim', 'Park', 'Chen', 'Wang', 'Li',
                 'Zhang', 'Cohen', 'Levi', 'Yilmaz', 'Kaya', 'Papadopoulos', 'Georgiou'] as lasts,
           array['example.com', 'mail.example', 'navy.example', 'post.example', 'inbox.example'] as domains
), people as (
    select i,
           firsts[1 + abs(hashint4(i)) % cardinality(firsts)] as first_name,
           case when abs(hashint4(i + 7)) % 5 = 0 then firsts[1 + abs(hashint4(i + 11)) % cardinality(firsts)] end as middle_name,
           lasts[1 + abs(hashint4(i + 13)) % cardinality(lasts)] as last_name,
           domains[1 + abs(hashint4(i + 17)) % cardinality(domains)] as domain,
           (array['open', 'open', 'active', 'active', 'active', 'closed'])[1 + abs(hashint4(i + 19)) % 6] as status,
           now() - make_interval(secs => ((:humans - i) * 63)::double precision) as created_at
    from names, generate_series(1, :humans) as i
), addressed as (
    select people.*,
           translate(lower(first_name), 'éèëüöåçñíáóú', 'eeeuoacniaou') as local_first,
           translate(lower(replace(replace(last_name, ' ', ''), '''', '')), 'éèëüöåçñíáóú', 'eeeuoacniaou') as local_last
    from people
)
select i, uuidv7(created_at - now()) as id, first_name, middle_name, last_name, status, created_at,
       (array[local_first || '.' || local_last || i || '@' || domain,
              local_first || i || '@work.example',
              local_last || '.' || i || '@home.example'])[1:1 + abs(hashint4(i + 23)) % 3] as emails,
       (array['+44 ' || (20 + abs(hashint4(i + 37)) % 60) || ' ' || lpad((abs(hashint4(i + 41)) % 100000000)::text, 8, '0'),
              '+1 ' || (201 + abs(hashint4(i + 43)) % 780) || ' 555 ' || lpad((abs(hashint4(i + 47)) % 10000)::text, 4, '0')]
       )[1:abs(hashint4(i + 29)) % 3] as phones,
       (array['client', 'trainer', 'travel_agent', 'flight_broker'])[1:1 + (abs(hashint4(i + 31)) % 10) / 9] as types
from addressed;

insert into humans (id, first_name, middle_name, last_name, status, search_text, version, created_at, updated_at)
select id, first_name, middle_name, last_name, status,
       lower(concat_ws(' ', first_name, middle_name, last_name, array_to_string(emails, ' '),
                       nullif(array_to_string(phones, ' '), ''),
                       nullif(array_to_string(array(select regexp_replace(p, '\D', '', 'g') from unnest(phones) as p), ' '), ''))),
       1, created_at, created_at
from bench_people;

insert into human_types (human_id, type)
select id, type from bench_people, unnest(types) as type;

insert into human_emails (id, human_id, email, label_id, is_primary, created_at, updated_at)
select uuidv7(created_at - now()), id, email,
       labels[1 + (n - 1) % cardinality(labels)], n = 1, created_at, created_at
from bench_people, unnest(emails) with ordinality as e(email, n),
     (select array_agg(id order by created_at, id) as labels from lookup_items where list = 'human_email_labels') as l;

insert into human_phones (id, human_id, number, label_id, has_whatsapp, is_primary, created_at, updated_at)
select uuidv7(created_at - now()), id, number,
       labels[1 + (n - 1) % cardinality(labels)], n = 1, n = 1, created_at, created_at
from bench_people, unnest(phones) with ordinality as p(number, n),
     (select array_agg(id order by created_at, id) as labels from lookup_items where list = 'human_phone_labels') as l;

drop table bench_people;
