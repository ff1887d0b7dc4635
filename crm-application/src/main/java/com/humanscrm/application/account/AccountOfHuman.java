package com.humanscrm.application.account;

import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.lookup.Label;
import java.util.UUID;

/** An account a human is linked to, in one role: what the human's detail shows of it. */
public record AccountOfHuman(UUID linkId, AccountId accountId, String accountName, Label role) {
}
