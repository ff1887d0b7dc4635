package com.humanscrm.adapters.http.shared;

/** {@code POST …/{id}/status}: the state a record with a lifecycle (a flight, a booking) is to move to. */
public record StatusRequest(String status) {
}
