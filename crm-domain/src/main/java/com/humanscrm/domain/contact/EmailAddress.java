package com.humanscrm.domain.contact;

import com.humanscrm.domain.shared.Checks;
import java.util.Locale;
import java.util.Map;

/** An email address; two addresses that differ only in case are the same. */
public record EmailAddress(String address) implements ContactValue {

    public EmailAddress {
        address = Checks.email(address, "email");
    }

    @Override
    public String key() {
        return address.toLowerCase(Locale.ROOT);
    }

    @Override
    public String shown() {
        return address;
    }

    @Override
    public void describeIn(Map<String, Object> snapshot) {
        snapshot.put("email", address);
    }
}
