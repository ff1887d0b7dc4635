package com.humanscrm.domain.lookup;

import java.util.Locale;
import java.util.Optional;

/** The admin-managed lists of names that labels and types come from. */
public enum LookupList {
    ACCOUNT_TYPES, ACCOUNT_HUMAN_ROLES, ACCOUNT_EMAIL_LABELS, ACCOUNT_PHONE_LABELS, HUMAN_EMAIL_LABELS, HUMAN_PHONE_LABELS;

    /** {@code human-email-labels}: the name in URLs. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LookupList> fromSlug(String slug) {
        for (LookupList list : values()) {
            if (list.slug().equals(slug)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
