package com.humanscrm.adapters.http.account;

import com.humanscrm.adapters.http.contact.EmailResponse;
import com.humanscrm.adapters.http.contact.PhoneResponse;
import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.domain.account.Account;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account in full, as writes answer it; its detail ({@link AccountDetailResponse}) says more of each link. */
record AccountResponse(UUID id, String name, String status, List<LookupItemRef> types, List<EmailResponse> emails,
                       List<PhoneResponse> phones, List<LinkResponse> humans, int version, Instant createdAt,
                       Instant updatedAt) implements Versioned {

    static AccountResponse from(Account account) {
        return of(account, account.links().stream().map(LinkResponse::from).toList());
    }

    /** The account as its detail shows it: each link with the human it links, as a list shows them. */
    static AccountResponse from(AccountDetail detail) {
        return of(detail.account(), detail.humans().stream().map(LinkResponse::from).toList());
    }

    private static AccountResponse of(Account account, List<LinkResponse> humans) {
        return new AccountResponse(account.id().value(), account.name(), account.status().wireName(),
                LookupItemRef.of(account.types()), account.emails().stream().map(EmailResponse::from).toList(),
                account.phones().stream().map(PhoneResponse::from).toList(), humans, account.version(),
                account.createdAt(), account.updatedAt());
    }
}
