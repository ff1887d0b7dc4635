package com.humanscrm.adapters.http.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.humanscrm.adapters.http.activity.ActivitySummaryResponse;
import com.humanscrm.adapters.http.contact.EmailResponse;
import com.humanscrm.adapters.http.contact.PhoneResponse;
import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.domain.account.Account;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account in full. Its detail ({@code GET /api/accounts/{id}}) says who each linked human is and adds
 * the newest activities; writes answer without them (as {@code HumanResponse}, one flat record).
 */
record AccountResponse(UUID id, String name, String status, List<LookupItemRef> types, List<EmailResponse> emails,
                       List<PhoneResponse> phones, List<LinkResponse> humans, int version, Instant createdAt,
                       Instant updatedAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<ActivitySummaryResponse> recentActivities)
        implements Versioned {

    static AccountResponse from(Account account) {
        return of(account, account.links().stream().map(LinkResponse::from).toList(), null);
    }

    static AccountResponse from(AccountDetail detail) {
        return of(detail.account(), detail.humans().stream().map(LinkResponse::from).toList(),
                ActivitySummaryResponse.of(detail.recentActivities()));
    }

    private static AccountResponse of(Account account, List<LinkResponse> humans, List<ActivitySummaryResponse> activities) {
        return new AccountResponse(account.id().value(), account.name(), account.status().wireName(),
                LookupItemRef.of(account.types()), account.emails().stream().map(EmailResponse::from).toList(),
                account.phones().stream().map(PhoneResponse::from).toList(), humans, account.version(),
                account.createdAt(), account.updatedAt(), activities);
    }
}
