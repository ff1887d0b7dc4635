package com.humanscrm.application.audit;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.ChangeHuman;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.human.Human;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueriesTest extends UseCaseTest {

    private final Human ada = aHuman().createdIn(crm);

    @Test
    void everyoneWhoViewsRecordsReadsARecordsHistoryNewestFirst() {
        useCases.humans().change().execute(agent, new ChangeHuman.Command(ada.id(), null, Optional.of("Augusta"), null, null, null, null));

        for (Actor anyone : new Actor[] {viewer, agent, manager, admin}) {
            assertThat(history(anyone, RecordKind.HUMAN, ada.id().value())).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        }
    }

    @Test
    void onlyAdminsReadTheWholeLog() {
        assertThat(history(admin, null, null)).extracting(AuditEntry::entityType).contains(RecordKind.HUMAN, RecordKind.COLLEAGUE);

        for (Actor notAdmin : new Actor[] {viewer, agent, manager}) {
            forbidden(() -> history(notAdmin, null, null));
        }
    }

    @Test
    void onlyAdminsReadTheHistoryOfColleaguesAndApiKeys() {
        // Their history holds what only admins may see: emails, Google ids, key prefixes.
        crm.apiKey(Role.AGENT);
        AuditEntry keyCreated = crm.auditLog.entries().getLast();

        forbidden(() -> history(manager, RecordKind.COLLEAGUE, agent.colleagueId().value()));
        forbidden(() -> history(manager, RecordKind.API_KEY, keyCreated.entityId()));
        assertThat(history(admin, RecordKind.API_KEY, keyCreated.entityId())).containsExactly(keyCreated);
    }

    @Test
    void anEntityTypeWithoutAnIdOrTheReverseIsRefused() {
        refusedOnForm(() -> history(admin, RecordKind.HUMAN, null));
        refusedOnForm(() -> history(admin, null, UUID.randomUUID()));
    }

    private List<AuditEntry> history(Actor actor, RecordKind entityType, UUID entityId) {
        return useCases.audit().list(actor, new AuditQuery(entityType, entityId, PageRequest.first(50))).items();
    }
}
