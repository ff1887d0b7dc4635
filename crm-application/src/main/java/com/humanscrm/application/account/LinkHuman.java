package com.humanscrm.application.account;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.UUID;

/** Links a human to an account in a role; the same human may hold another role there, not the same one twice. */
public final class LinkHuman {

    private final AggregateEditor<AccountId, Account> editor;
    private final References references;
    private final Labels labels;
    private final Clock clock;

    public LinkHuman(AggregateEditor<AccountId, Account> editor, References references, Labels labels, Clock clock) {
        this.editor = editor;
        this.references = references;
        this.labels = labels;
        this.clock = clock;
    }

    public HumanLink execute(Actor actor, Command command) {
        UUID linkId = Ids.newId(clock);
        return editor.apply(actor, command.accountId(), null, account -> {
            Violations problems = new Violations();
            HumanId human = problems.check(() -> references.human(Checks.required(command.humanId(), "humanId"), "humanId"));
            Label role = problems.check(() -> labels.resolveId(LookupList.ACCOUNT_HUMAN_ROLES, command.roleId(), "roleId"));
            problems.throwIfAny();
            return account.link(linkId, human, role, clock);
        }).after().link(linkId);
    }

    public record Command(AccountId accountId, UUID humanId, UUID roleId) {
    }
}
