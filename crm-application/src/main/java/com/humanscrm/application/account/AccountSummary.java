package com.humanscrm.application.account;

import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An account as a list shows it: enough to recognise and reach it. A list reads only this, one row per
 * account with its primary email and phone number, never the whole aggregate.
 */
public record AccountSummary(AccountId id, String name, PartyStatus status, List<Label> types, String primaryEmail,
                             String primaryPhone, int version, Instant createdAt, Instant updatedAt) {

    public AccountSummary {
        // By name (unique within the list), as the detail has them, whatever order the store gave them in.
        types = types.stream().sorted(Comparator.comparing(Label::name)).toList();
    }

    /** What a list answers for this account. */
    public static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.name(), account.status(), account.types(),
                account.primaryEmail().map(email -> email.value().address()).orElse(null),
                account.contacts().phones().primary().map(phone -> phone.value().number()).orElse(null),
                account.version(), account.createdAt(), account.updatedAt());
    }
}
