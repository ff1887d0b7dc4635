package com.humanscrm.adapters.http.account;

import com.humanscrm.adapters.http.contact.EmailResponse;
import com.humanscrm.adapters.http.contact.PhoneResponse;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.lookup.Label;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account in full, as {@code GET /api/accounts/{id}} shows it. */
record AccountResponse(UUID id, String name, String status, List<ItemResponse> types, List<EmailResponse> emails,
                       List<PhoneResponse> phones, List<LinkResponse> humans, int version, Instant createdAt,
                       Instant updatedAt) implements Versioned {

    static AccountResponse from(Account account) {
        return new AccountResponse(account.id().value(), account.name(), account.status().wireName(),
                ItemResponse.of(account.types()), account.emails().stream().map(EmailResponse::from).toList(),
                account.phones().stream().map(PhoneResponse::from).toList(),
                account.links().stream().map(LinkResponse::from).toList(), account.version(), account.createdAt(),
                account.updatedAt());
    }

    /** An item of a lookup list: an account's type, a link's role. */
    record ItemResponse(UUID id, String name) {

        static List<ItemResponse> of(List<Label> types) {
            return types.stream().map(type -> new ItemResponse(type.id().value(), type.name())).toList();
        }
    }
}
