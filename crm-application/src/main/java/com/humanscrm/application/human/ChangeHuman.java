package com.humanscrm.application.human;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ChangeHuman {

    private final AggregateEditor<HumanId, Human> editor;
    private final Clock clock;

    public ChangeHuman(AggregateEditor<HumanId, Human> editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    public Human execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), human -> human.change(
                new Human.HumanChanges(command.firstName(), command.middleName(), command.lastName(),
                        command.status(), command.types()), clock)).after();
    }

    /**
     * {@code null} leaves a field unchanged; an empty Optional asks to clear it, which only {@code middleName}
     * allows. Status and types are wire names. {@code expectedVersion} (from {@code If-Match}) is checked when given.
     */
    public record Command(HumanId id, Integer expectedVersion, Optional<String> firstName, Optional<String> middleName,
                          Optional<String> lastName, Optional<String> status, Optional<List<String>> types) {
    }
}
