package com.humanscrm.application.flight;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.flight.Flight;

/** What a flight's cancellation does to what is booked on it, in the same transaction. */
public interface FlightCancellation {

    /** Cancels what holds seats on the flight just cancelled; answers the flight with those seats given back. */
    Flight cancelled(Actor actor, Flight flight);
}
