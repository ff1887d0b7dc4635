package com.humanscrm.application.human;

import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteHumanTest extends UseCaseTest {

    private final Human ada = aHuman().email("ada@example.test", "Work").phone("+44 1", "Mobile", true).createdIn(crm);

    @Test
    void anAdminDeletesAHumanWithItsEmailsAndPhones() {
        useCases.deleteHuman().execute(admin, new DeleteHuman.Command(ada.id(), null));

        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> useCases.humanQueries().get(viewer, ada.id()));
        assertThat(crm.humans.usesLabel(ada.emails().getFirst().label().id())).as("its emails went with it").isFalse();
    }

    @Test
    void theDeletionIsAuditedWithTheWholeRecordSoItCanBeRestored() {
        Observed<Human> deleted = observe(() -> useCases.deleteHuman().execute(admin, new DeleteHuman.Command(ada.id(), 1)));

        AuditEntry entry = deleted.onlyAuditEntry();
        assertAudit(entry, AuditAction.DELETE, "human", ada.id().value(), admin);
        assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(ada.auditSnapshot()));
    }

    @Test
    void onlyAdminsDeleteHumans() {
        for (Actor notAdmin : new Actor[] {viewer, agent, manager}) {
            forbidden(() -> useCases.deleteHuman().execute(notAdmin, new DeleteHuman.Command(ada.id(), null)));
        }
        assertThat(useCases.humanQueries().get(viewer, ada.id())).isNotNull();
    }

    @Test
    void aStaleVersionIsRefusedAndTheHumanKept() {
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> useCases.deleteHuman().execute(admin, new DeleteHuman.Command(ada.id(), 2)));

        assertThat(useCases.humanQueries().get(viewer, ada.id()).version()).isEqualTo(1);
    }

    @Test
    void anUnknownHumanIsNotFound() {
        refused(NotFoundException.class, "HUMAN_NOT_FOUND",
                () -> useCases.deleteHuman().execute(admin, new DeleteHuman.Command(new HumanId(UUID.randomUUID()), null)));
    }
}
