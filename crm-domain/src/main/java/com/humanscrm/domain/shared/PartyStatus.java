package com.humanscrm.domain.shared;

/** Where the company stands with a human or an account: open, active, closed. */
public enum PartyStatus {
    OPEN, ACTIVE, CLOSED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static PartyStatus fromWireName(String value, String field) {
        return WireNames.parse(PartyStatus.class, value, field);
    }
}
