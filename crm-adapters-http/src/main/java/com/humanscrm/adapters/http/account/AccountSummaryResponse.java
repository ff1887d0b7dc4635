package com.humanscrm.adapters.http.account;

import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.application.account.AccountSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account in a list: enough to recognise and reach it; the detail has the rest. */
record AccountSummaryResponse(UUID id, String name, String status, List<LookupItemRef> types,
                              String primaryEmail, String primaryPhone, int version, Instant createdAt, Instant updatedAt) {

    static AccountSummaryResponse from(AccountSummary account) {
        return new AccountSummaryResponse(account.id().value(), account.name(), account.status().wireName(),
                LookupItemRef.of(account.types()), account.primaryEmail(), account.primaryPhone(),
                account.version(), account.createdAt(), account.updatedAt());
    }
}
