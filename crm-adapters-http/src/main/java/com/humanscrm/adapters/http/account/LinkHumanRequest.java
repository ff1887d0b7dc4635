package com.humanscrm.adapters.http.account;

import com.humanscrm.application.account.LinkHuman;
import com.humanscrm.domain.account.AccountId;
import java.util.UUID;

/** {@code POST /api/accounts/{id}/humans}: both ids are checked by the use case, and reported together. */
record LinkHumanRequest(UUID humanId, UUID roleId) {

    LinkHuman.Command toCommand(AccountId accountId) {
        return new LinkHuman.Command(accountId, humanId, roleId);
    }
}
