package com.humanscrm.application.colleague;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.UseCases;
import com.humanscrm.application.shared.AccessDeniedException;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.DelegatingStorage;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** AddColleague, ChangeColleague and ColleagueQueries: all admin-only. */
class ColleagueUseCasesTest extends UseCaseTest {

    private static AddColleague.Command newColleague(String email, Role role) {
        return new AddColleague.Command(email, "Grace", null, "Hopper", null, role == null ? null : role.wireName());
    }

    private final Colleague grace = useCases.colleagues().add().execute(admin, newColleague("grace@example.test", Role.AGENT));

    @Nested
    class Adding {

        @Test
        void anAdminAddsAnActiveColleagueWithOneAuditEntry() {
            Observed<Colleague> added = observe(() -> useCases.colleagues().add().execute(admin, newColleague("Alan@Example.test", Role.MANAGER)));

            Colleague alan = added.result();
            assertThat(alan.email()).isEqualTo("alan@example.test");
            assertThat(alan.active()).isTrue();
            assertThat(useCases.colleagues().queries().get(admin, alan.id())).isEqualTo(alan);
            AuditEntry entry = added.onlyAuditEntry();
            assertAudit(entry, AuditAction.CREATE, RecordKind.COLLEAGUE, alan.id().value(), admin);
            assertThat(entry.changes()).isEqualTo(AuditEntry.created(alan.auditSnapshot()));
        }

        @Test
        void theOperatorAddsTheFirstAdminAndIsRecordedAsTheSystem() {
            Observed<Colleague> added = observe(() -> useCases.colleagues().add().execute(Actor.operator(), newColleague("root@example.test", Role.ADMIN)));

            assertThat(added.onlyAuditEntry().colleagueId()).isNull();
        }

        @Test
        void anEmailAnotherColleagueHasInAnyCaseIsADuplicate() {
            refused(ConflictException.class, ConflictException.DUPLICATE,
                    () -> useCases.colleagues().add().execute(admin, newColleague("GRACE@example.test", Role.VIEWER)));
        }

        @Test
        void invalidValuesAreFieldErrors() {
            refusedOnField("email", () -> useCases.colleagues().add().execute(admin, newColleague("grace", Role.AGENT)));
            refusedOnField("role", () -> useCases.colleagues().add().execute(admin, newColleague("x@example.test", null)));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnceEachFieldOnce() {
            refusedOnFields(() -> useCases.colleagues().add().execute(admin,
                            new AddColleague.Command("grace", " ", null, "x".repeat(101), null, "owner")),
                    "email", "firstName", "lastName", "role");
        }

        @Test
        void onlyAdminsAddColleagues() {
            forbidden(() -> useCases.colleagues().add().execute(manager, newColleague("x@example.test", Role.VIEWER)));
        }
    }

    @Nested
    class Changing {

        @Test
        void anAdminChangesRoleAndNamesAndTheAuditEntryHoldsOnlyThose() {
            Observed<Colleague> changed = observe(() -> change(admin, new ChangeColleague.Command(grace.id(), 1, null,
                    Optional.of("Brewster"), null, null, Optional.of("manager"), null)));

            assertThat(changed.result().role()).isEqualTo(Role.MANAGER);
            assertThat(changed.result().version()).isEqualTo(2);
            AuditEntry entry = changed.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.COLLEAGUE, grace.id().value(), admin);
            assertThat(entry.changes()).containsOnlyKeys("middleNames", "role")
                    .containsEntry("role", new FieldChange("agent", "manager"));
        }

        @Test
        void anAdminDeactivatesAnotherAdmin() {
            Colleague other = useCases.colleagues().add().execute(admin, newColleague("other@example.test", Role.ADMIN));

            assertThat(change(admin, activeFlag(other.id(), false)).active()).isFalse();
        }

        @Test
        void anAdminCannotDeactivateOrDemoteThemselves() {
            // An admin locking themselves out could leave nobody to administer the CRM.
            refusedOnForm(() -> change(admin, activeFlag(admin.colleagueId(), false)));
            refusedOnForm(() -> change(admin, new ChangeColleague.Command(admin.colleagueId(), null, null, null, null, null, Optional.of("manager"), null)));
            assertThat(useCases.colleagues().queries().get(admin, admin.colleagueId())).extracting(Colleague::role, Colleague::active)
                    .containsExactly(Role.ADMIN, true);
        }

        @Test
        void anAdminMayChangeTheirOwnNames() {
            Colleague changed = change(admin, new ChangeColleague.Command(admin.colleagueId(), null, Optional.of("Ada"), null, null, null, Optional.of("admin"), true));

            assertThat(changed.firstName()).isEqualTo("Ada");
        }

        @Test
        void anAdminGivesAColleagueAChosenDisplayName() {
            Colleague changed = change(admin, new ChangeColleague.Command(grace.id(), 1, null, null, null,
                    Optional.of("Amazing Grace"), null, null));

            assertThat(changed.displayName()).isEqualTo("Amazing Grace");
        }

        @Test
        void anAdminChangesTheirOwnNameWithoutSayingAnythingOfTheirRole() {
            Colleague changed = change(admin, new ChangeColleague.Command(admin.colleagueId(), null, null, null,
                    Optional.of("Lovelace"), null, null, null));

            assertThat(changed).extracting(Colleague::lastName, Colleague::role).containsExactly("Lovelace", Role.ADMIN);
        }

        @Test
        void theOperatorChangesAColleagueWithoutBeingOne() {
            Observed<Colleague> changed = observe(() -> change(Actor.operator(), activeFlag(grace.id(), false)));

            assertThat(changed.result().active()).isFalse();
            assertThat(changed.onlyAuditEntry().colleagueId()).as("recorded as the system").isNull();
        }

        @Test
        void anAdminChangesAColleagueAddedBeforeThemAsWellAsOneAddedAfter() {
            // Ids are ordered by creation; the two rows are held in id order either way round.
            assertThat(change(admin, activeFlag(viewer.colleagueId(), false)).active()).isFalse();
            assertThat(change(admin, activeFlag(grace.id(), false)).active()).isFalse();
        }

        @Test
        void theActorsRowAndTheColleaguesAreHeldInIdOrderWhicheverComesFirst() {
            // One order for every change, so two admins changing each other wait for one another instead of deadlocking.
            HoldRecordingColleagues colleagues = new HoldRecordingColleagues(crm.colleagues);
            UseCases watched = crm.useCasesWith(ports -> ports.withStorage(new DelegatingStorage(ports.storage()) {
                @Override
                public ColleagueRepository colleagues() {
                    return colleagues;
                }
            }));

            // Ids follow creation: the viewer was added before the admin, Grace after.
            watched.colleagues().change().execute(admin, activeFlag(viewer.colleagueId(), false));
            assertThat(colleagues.takeHeld()).containsExactly(viewer.colleagueId(), admin.colleagueId());
            watched.colleagues().change().execute(admin, activeFlag(grace.id(), false));
            assertThat(colleagues.takeHeld()).containsExactly(admin.colleagueId(), grace.id());
        }

        @Test
        void anAdminDemotedOrDeactivatedByAnotherAdminMeanwhileCanNoLongerChangeColleagues() {
            Actor demoted = crm.actor(Role.ADMIN);
            Actor deactivated = crm.actor(Role.ADMIN);
            change(admin, new ChangeColleague.Command(demoted.colleagueId(), null, null, null, null, null, Optional.of("manager"), null));
            change(admin, activeFlag(deactivated.colleagueId(), false));
            Colleague addedAfter = crm.colleague(Role.AGENT);

            // Their requests were authenticated as admins before the change committed; their standing is read
            // again whichever of the two rows is held first.
            refused(AccessDeniedException.class, "FORBIDDEN", () -> change(demoted, activeFlag(grace.id(), false)));
            refused(AccessDeniedException.class, "FORBIDDEN", () -> change(deactivated, activeFlag(admin.colleagueId(), false)));
            refused(AccessDeniedException.class, "FORBIDDEN", () -> change(demoted, activeFlag(addedAfter.id(), false)));
            assertThat(useCases.colleagues().queries().get(admin, addedAfter.id()).active()).isTrue();
            assertThat(useCases.colleagues().queries().get(admin, grace.id())).isEqualTo(grace);
            assertThat(useCases.colleagues().queries().get(admin, admin.colleagueId()).active()).isTrue();
        }

        @Test
        void aChangeToTheCurrentValuesIsNoChange() {
            Observed<Colleague> same = observe(() -> change(admin,
                    new ChangeColleague.Command(grace.id(), 1, Optional.of("Grace"), null, Optional.of("Hopper"), null, Optional.of("agent"), true)));

            same.auditedNothing();
            assertThat(same.result().version()).isEqualTo(1);
        }

        @Test
        void aStaleVersionOrAnUnknownColleagueIsRefused() {
            refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> change(admin, activeFlag(grace.id(), false, 2)));
            refused(NotFoundException.class, "COLLEAGUE_NOT_FOUND",
                    () -> change(admin, activeFlag(new ColleagueId(UUID.randomUUID()), false)));
        }

        @Test
        void everyBrokenRuleOfAChangeIsReportedAtOnceEachFieldOnce() {
            refusedOnFields(() -> change(admin, new ChangeColleague.Command(grace.id(), 1, Optional.of(" "), null,
                            Optional.empty(), Optional.of(""), Optional.of("owner"), null)),
                    "firstName", "lastName", "displayName", "role");

            assertThat(useCases.colleagues().queries().get(admin, grace.id())).isEqualTo(grace);
        }

        @Test
        void onlyAdminsChangeColleagues() {
            forbidden(() -> change(manager, activeFlag(grace.id(), false)));
        }
    }

    @Nested
    class Reading {

        @Test
        void anAdminListsColleaguesInCreationOrderFilteredByActiveFlag() {
            change(admin, activeFlag(grace.id(), false));

            assertThat(useCases.colleagues().queries().list(admin, null, PageRequest.first(10)).items()).extracting(Colleague::id)
                    .containsExactly(viewer.colleagueId(), agent.colleagueId(), manager.colleagueId(), admin.colleagueId(), grace.id());
            assertThat(useCases.colleagues().queries().list(admin, false, PageRequest.first(10)).items()).extracting(Colleague::id)
                    .containsExactly(grace.id());
        }

        @Test
        void anUnknownColleagueIsNotFound() {
            refused(NotFoundException.class, "COLLEAGUE_NOT_FOUND",
                    () -> useCases.colleagues().queries().get(admin, new ColleagueId(UUID.randomUUID())));
        }

        @Test
        void nonAdminsCannotReadColleagues() {
            forbidden(() -> useCases.colleagues().queries().get(manager, grace.id()));
            forbidden(() -> useCases.colleagues().queries().list(agent, null, PageRequest.first(10)));
        }
    }

    /** The CRM's colleagues, noting which rows a use case holds for a change, in the order it takes them. */
    private static final class HoldRecordingColleagues implements ColleagueRepository {

        private final ColleagueRepository delegate;
        private final List<ColleagueId> held = new ArrayList<>();

        HoldRecordingColleagues(ColleagueRepository delegate) {
            this.delegate = delegate;
        }

        List<ColleagueId> takeHeld() {
            List<ColleagueId> taken = List.copyOf(held);
            held.clear();
            return taken;
        }

        @Override
        public Optional<Colleague> findForChange(ColleagueId id) {
            held.add(id);
            return delegate.findForChange(id);
        }

        @Override
        public Optional<Colleague> findById(ColleagueId id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<Colleague> findByEmail(String email) {
            return delegate.findByEmail(email);
        }

        @Override
        public Optional<Colleague> findByGoogleId(String googleId) {
            return delegate.findByGoogleId(googleId);
        }

        @Override
        public void add(Colleague colleague) {
            delegate.add(colleague);
        }

        @Override
        public void update(Colleague colleague) {
            delegate.update(colleague);
        }

        @Override
        public Page<Colleague> list(Boolean active, PageRequest page) {
            return delegate.list(active, page);
        }
    }

    private Colleague change(Actor actor, ChangeColleague.Command command) {
        return useCases.colleagues().change().execute(actor, command);
    }

    private static ChangeColleague.Command activeFlag(ColleagueId id, boolean active) {
        return activeFlag(id, active, null);
    }

    private static ChangeColleague.Command activeFlag(ColleagueId id, boolean active, Integer expectedVersion) {
        return new ChangeColleague.Command(id, expectedVersion, null, null, null, null, null, active);
    }
}
