package com.humanscrm.adapters.http.flight;

/** {@code POST …/{id}/status}: the state to move to. Bookings move the same way, with the same body. */
public record StatusRequest(String status) {
}
