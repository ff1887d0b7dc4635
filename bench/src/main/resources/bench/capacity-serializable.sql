-- A seat taken the other way weighed in decision 23: count the flight's bookings and insert, serializable,
-- a failed transaction retried by pgbench (--max-tries).
\set f random(1, :flights)
\set p random(1, 2000000000)
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT count(*) < (SELECT max_pets FROM capacity_flights WHERE id = :f) FROM capacity_bookings WHERE flight = :f;
INSERT INTO capacity_bookings (flight, pet) VALUES (:f, :p);
END;
