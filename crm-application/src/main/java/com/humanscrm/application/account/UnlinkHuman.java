package com.humanscrm.application.account;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import java.time.Clock;
import java.util.UUID;

/** Removes a human's link (in one role) from an account. */
public final class UnlinkHuman {

    private final AggregateEditor<AccountId, Account> editor;
    private final Clock clock;

    public UnlinkHuman(AggregateEditor<AccountId, Account> editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    public void execute(Actor actor, Command command) {
        editor.apply(actor, command.accountId(), command.expectedVersion(), account -> account.unlink(command.linkId(), clock));
    }

    /** {@code expectedVersion} (from {@code If-Match}) is the account's, checked when given. */
    public record Command(AccountId accountId, UUID linkId, Integer expectedVersion) {
    }
}
