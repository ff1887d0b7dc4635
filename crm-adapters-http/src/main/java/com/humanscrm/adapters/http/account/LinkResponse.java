package com.humanscrm.adapters.http.account;

import com.humanscrm.domain.account.HumanLink;
import java.time.Instant;
import java.util.UUID;

/** A human linked to an account, in a role of the account-human-roles list. */
record LinkResponse(UUID id, UUID humanId, AccountResponse.ItemResponse role, Instant createdAt, Instant updatedAt) {

    static LinkResponse from(HumanLink link) {
        return new LinkResponse(link.id(), link.humanId().value(),
                new AccountResponse.ItemResponse(link.role().id().value(), link.role().name()), link.createdAt(), link.updatedAt());
    }
}
