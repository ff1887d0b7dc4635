package com.humanscrm.application.account;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;
import java.util.UUID;

/** Gives a link another role, one its human does not hold in the account already. */
public final class ChangeLinkRole {

    private final AggregateEditor<AccountId, Account> editor;
    private final Labels labels;
    private final Clock clock;

    public ChangeLinkRole(AggregateEditor<AccountId, Account> editor, Labels labels, Clock clock) {
        this.editor = editor;
        this.labels = labels;
        this.clock = clock;
    }

    public HumanLink execute(Actor actor, Command command) {
        return editor.apply(actor, command.accountId(), command.expectedVersion(), account -> {
            account.link(command.linkId()); // an unknown link is a 404 before its role is looked at
            return account.changeLinkRole(command.linkId(),
                    labels.resolveId(LookupList.ACCOUNT_HUMAN_ROLES, command.roleId(), "roleId"), clock);
        }).after().link(command.linkId());
    }

    /** {@code expectedVersion} (from {@code If-Match}) is the account's, checked when given. */
    public record Command(AccountId accountId, UUID linkId, UUID roleId, Integer expectedVersion) {
    }
}
