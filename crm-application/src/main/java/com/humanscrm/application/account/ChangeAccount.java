package com.humanscrm.application.account;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Changes an account's own fields: its name, status and types. */
public final class ChangeAccount {

    private final AggregateEditor<AccountId, Account> editor;
    private final Labels labels;
    private final Clock clock;

    public ChangeAccount(AggregateEditor<AccountId, Account> editor, Labels labels, Clock clock) {
        this.editor = editor;
        this.labels = labels;
        this.clock = clock;
    }

    public Account execute(Actor actor, Command command) {
        if (command.typeIds() != null) {
            Account.requireTypesWithinLimit(command.typeIds().map(List::size).orElse(0));
        }
        return editor.apply(actor, command.id(), command.expectedVersion(), account -> {
            Violations problems = new Violations();
            List<Label> types = command.typeIds() == null ? null
                    : labels.resolveIds(LookupList.ACCOUNT_TYPES, command.typeIds().orElse(List.of()), "typeIds", problems);
            Account changed = problems.check(() -> account.change(
                    new Account.AccountChanges(command.name(), command.status(), types), clock));
            problems.throwIfAny();
            return changed;
        }).after();
    }

    /**
     * {@code null} leaves a field unchanged; an empty Optional asks to clear it, which name and status do not
     * allow and which, for {@code typeIds}, removes every type. Status is a wire name. {@code expectedVersion}
     * (from {@code If-Match}) is checked when given.
     */
    public record Command(AccountId id, Integer expectedVersion, Optional<String> name, Optional<String> status,
                          Optional<List<UUID>> typeIds) {
    }
}
