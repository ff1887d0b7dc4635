package com.humanscrm.domain.colleague;

import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Locale;

/** What a colleague may do, weakest first: each role can do everything the roles before it can. */
public enum Role {
    VIEWER, AGENT, MANAGER, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** The weaker of the two: what an API key may do when its colleague was demoted after its creation. */
    public Role capTo(Role ceiling) {
        return atLeast(ceiling) ? ceiling : this;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWireName(String value, String field) {
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        throw RuleViolationException.field(field, "must be one of viewer, agent, manager, admin");
    }
}
