package com.humanscrm.domain.activity;

import com.humanscrm.domain.shared.WireNames;

/** How the company and a client were in touch. */
public enum ActivityType {
    EMAIL, WHATSAPP_MESSAGE, ONLINE_MEETING, PHONE_CALL;

    public String wireName() {
        return WireNames.of(this);
    }

    public static ActivityType fromWireName(String value, String field) {
        return WireNames.parse(ActivityType.class, value, field);
    }
}
