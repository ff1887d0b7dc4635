-- The benchmark's data, set-based: :humans humans, each with 1-3 emails, 0-2 phone numbers and 1-2
-- types, created over the last two years, with the search text the repository would have written; an
-- account for every 20 humans, linking three of them; over a million activities: one of each human,
-- five of each account, and 1,000 of each of the first 20 humans (the ones the activities row lists); a pet
-- for each of the first 100,000 humans, and 2,001 scheduled flights of 50 seats for the booking rows.
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

create unlogged table bench_accounts as
select n, uuidv7(make_interval(secs => -(n * 1200)::double precision)) as id,
       now() - make_interval(secs => (n * 1200)::double precision) as created_at
from generate_series(1, greatest(:humans / 20, 1)) as n;

insert into accounts (id, name, status, search_text, version, created_at, updated_at)
select id, 'Account ' || n, 'active', 'account ' || n || ' desk' || n || '@accounts.example', 1, created_at, created_at
from bench_accounts;

insert into account_emails (id, account_id, email, label_id, is_primary, created_at, updated_at)
select uuidv7(created_at - now()), id, 'desk' || n || '@accounts.example', null, true, created_at, created_at
from bench_accounts;

insert into account_humans (id, account_id, human_id, role_id, created_at, updated_at)
select uuidv7(a.created_at - now()), a.id, p.id, roles[1 + k % cardinality(roles)], a.created_at, a.created_at
from bench_accounts a cross join generate_series(0, 2) as k
join bench_people p on p.i = 3 * (a.n - 1) + k + 1,
     (select array_agg(id order by created_at, id) as roles from lookup_items where list = 'account_human_roles') as r;

insert into activities (id, type, subject, activity_date, human_id, account_id, created_by, version, created_at,
                        updated_at)
select uuidv7(p.created_at - now()), (array['email', 'whatsapp_message', 'online_meeting', 'phone_call'])[1 + p.i % 4],
       'Follow-up ' || p.i, p.created_at + interval '1 hour', p.id, null, c.id, 1, p.created_at, p.created_at
from bench_people p, (select id from colleagues order by created_at limit 1) as c;

insert into activities (id, type, subject, activity_date, human_id, account_id, created_by, version, created_at,
                        updated_at)
select uuidv7(a.created_at - now()), 'email', 'Quote ' || a.n || '-' || k, a.created_at + make_interval(days => k),
       null, a.id, c.id, 1, a.created_at, a.created_at
from bench_accounts a cross join generate_series(1, 5) as k, (select id from colleagues order by created_at limit 1) as c;

insert into activities (id, type, subject, activity_date, human_id, account_id, created_by, version, created_at,
                        updated_at)
select gen_random_uuid(), (array['email', 'whatsapp_message', 'online_meeting', 'phone_call'])[1 + k % 4],
       'Call ' || k, now() - make_interval(mins => k * 37), p.id, null, c.id, 1, now(), now()
from bench_people p cross join generate_series(1, 1000) as k, (select id from colleagues order by created_at limit 1) as c
where p.i <= 20;

drop table bench_accounts;

insert into pets (id, human_id, name, breed, is_active, search_text, version, created_at, updated_at)
select uuidv7(p.created_at - now()), p.id, 'Pet ' || p.i, 'Beagle', true, 'pet ' || p.i, 1, p.created_at, p.created_at
from bench_people p
where p.i <= 100000;

insert into flights (id, flight_number, airline, departure_airport, arrival_airport, departure_time, arrival_time,
                     max_pets, status, version, created_at, updated_at)
select gen_random_uuid(), 'AF' || (1 + n % 9999), 'Air France', 'CDG', 'LIS', now() + make_interval(hours => n),
       now() + make_interval(hours => n + 2), 50, 'scheduled', 1, now(), now()
from generate_series(1, 2001) as n;

drop table bench_people;
