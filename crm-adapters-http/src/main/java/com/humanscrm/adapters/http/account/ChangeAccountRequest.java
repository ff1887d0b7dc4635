package com.humanscrm.adapters.http.account;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.application.account.ChangeAccount;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code PATCH /api/accounts/{id}}: an absent field stays as it is; {@code null} removes every type and is
 * refused by the domain, with every other broken rule, for the name and the status.
 */
record ChangeAccountRequest(
        Optional<String> name,
        Optional<String> status,
        Optional<@Size(max = Account.MAX_TYPES, message = "must hold at most {max} types", groups = Bodies.Counts.class)
                List<@NotNull UUID>> typeIds) {

    ChangeAccount.Command toCommand(AccountId id, Integer expectedVersion) {
        return new ChangeAccount.Command(id, expectedVersion, name, status, typeIds);
    }
}
