-- A seat as the CRM takes one (decision 23): the flight's row locked by the update of its count, which the
-- check bounds, then the booking. :flights flights; a pet drawn from a range too wide to draw one twice.
\set f random(1, :flights)
\set p random(1, 2000000000)
BEGIN;
UPDATE capacity_flights SET active = active + 1 WHERE id = :f;
INSERT INTO capacity_bookings (flight, pet) VALUES (:f, :p);
END;
