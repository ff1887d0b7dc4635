package com.humanscrm.application.lookup;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import com.humanscrm.domain.shared.Checks;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** AddLookupItem, RenameLookupItem, RemoveLookupItem and LookupQueries over the seeded lists. */
class LookupUseCasesTest extends UseCaseTest {

    private static final LookupList EMAIL_LABELS = LookupList.HUMAN_EMAIL_LABELS;

    private final LookupItem work = seeded(EMAIL_LABELS, "Work");

    @Nested
    class Adding {

        @Test
        void anAdminAddsAnItemWithATrimmedNameAndOneAuditEntry() {
            Observed<LookupItem> added = observe(() -> add(EMAIL_LABELS, "  School "));

            assertThat(added.result().name()).isEqualTo("School");
            assertThat(crm.lookups.findById(added.result().id())).contains(added.result());
            AuditEntry entry = added.onlyAuditEntry();
            assertAudit(entry, AuditAction.CREATE, RecordKind.LOOKUP_ITEM, added.result().id().value(), admin);
            assertThat(entry.changes()).isEqualTo(AuditEntry.created(added.result().auditSnapshot()));
        }

        @Test
        void aNameTheListHasInAnyCaseIsADuplicate() {
            refused(ConflictException.class, ConflictException.DUPLICATE, () -> add(EMAIL_LABELS, " WORK "));
        }

        @Test
        void theSameNameInAnotherListIsFine() {
            assertThat(add(LookupList.ACCOUNT_TYPES, "Work").list()).isEqualTo(LookupList.ACCOUNT_TYPES);
        }

        @Test
        void aNameIsReportedOnceWithTheFirstRuleItBreaks() {
            // The name is all an item has: its every rule is about that one field.
            Map<String, List<String>> problems = refusedOnFields(() -> add(EMAIL_LABELS, "x".repeat(101) + "\u0000"), "name");

            assertThat(problems.get("name")).containsExactly(Checks.UNSTORABLE_TEXT);
        }

        @Test
        void onlyAdminsAddItems() {
            forbidden(() -> useCases.lookups().add().execute(manager, new AddLookupItem.Command(EMAIL_LABELS, "School")));
        }

        @Test
        void aBlankNameIsAFieldError() {
            refusedOnField("name", () -> add(EMAIL_LABELS, "  "));
        }
    }

    @Nested
    class Renaming {

        @Test
        void anAdminRenamesAnItemAndTheAuditEntryHoldsOnlyTheName() {
            Observed<LookupItem> renamed = observe(() -> rename(work, 1, "Office"));

            assertThat(renamed.result().version()).isEqualTo(2);
            assertThat(crm.lookups.findById(work.id())).contains(renamed.result());
            AuditEntry entry = renamed.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.LOOKUP_ITEM, work.id().value(), admin);
            assertThat(entry.changes()).containsOnlyKeys("name").containsEntry("name", new FieldChange("Work", "Office"));
        }

        @Test
        void renamingToAnotherItemsNameInAnyCaseIsADuplicate() {
            refused(ConflictException.class, ConflictException.DUPLICATE, () -> rename(work, null, "personal"));
        }

        @Test
        void changingOnlyTheCaseOfItsOwnNameIsARename() {
            assertThat(rename(work, null, "WORK").name()).isEqualTo("WORK");
        }

        @Test
        void renamingToTheSameNameIsNoChange() {
            Observed<LookupItem> same = observe(() -> rename(work, 1, " Work "));

            same.auditedNothing();
            assertThat(same.result().version()).isEqualTo(1);
        }

        @Test
        void aStaleVersionIsRefused() {
            rename(work, 1, "Office");

            refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> rename(work, 1, "Bureau"));
        }

        @Test
        void anItemOfAnotherListIsNotFoundInThisOne() {
            // An id is only meaningful in the list of the URL it came with.
            LookupItem mobile = seeded(LookupList.HUMAN_PHONE_LABELS, "Mobile");

            refused(NotFoundException.class, "LOOKUP_ITEM_NOT_FOUND", () -> useCases.lookups().rename().execute(admin,
                    new RenameLookupItem.Command(EMAIL_LABELS, mobile.id(), null, "Cell")));
        }

        @Test
        void aNewNameIsReportedOnceWithTheFirstRuleItBreaks() {
            Map<String, List<String>> problems = refusedOnFields(() -> rename(work, 1, null), "name");

            assertThat(problems.get("name")).containsExactly("is required");
            assertThat(crm.lookups.findById(work.id())).contains(work);
        }

        @Test
        void onlyAdminsRenameItems() {
            forbidden(() -> useCases.lookups().rename().execute(agent, new RenameLookupItem.Command(EMAIL_LABELS, work.id(), null, "X")));
        }
    }

    @Nested
    class Removing {

        @Test
        void anAdminRemovesAnUnusedItemAndTheAuditEntryHoldsIt() {
            Observed<Void> removed = observeVoid(() -> remove(EMAIL_LABELS, work.id(), 1));

            assertThat(crm.lookups.findById(work.id())).isEmpty();
            AuditEntry entry = removed.onlyAuditEntry();
            assertAudit(entry, AuditAction.DELETE, RecordKind.LOOKUP_ITEM, work.id().value(), admin);
            assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(work.auditSnapshot()));
        }

        @Test
        void anItemAHumanUsesIsInUseUntilTheHumanIsGone() {
            Human human = aHuman().email("a@example.test", "Work").createdIn(crm);

            refused(ConflictException.class, ConflictException.IN_USE, () -> remove(EMAIL_LABELS, work.id(), null));
            assertThat(crm.lookups.findById(work.id())).isPresent();

            useCases.humans().delete().execute(admin, new DeleteHuman.Command(human.id(), null));
            remove(EMAIL_LABELS, work.id(), null);
            assertThat(crm.lookups.findById(work.id())).isEmpty();
        }

        @Test
        void aPhoneLabelInUseIsInUseToo() {
            aHuman().phone("+44 1", "Home", false).createdIn(crm);
            LookupItem home = seeded(LookupList.HUMAN_PHONE_LABELS, "Home");

            refused(ConflictException.class, ConflictException.IN_USE, () -> remove(LookupList.HUMAN_PHONE_LABELS, home.id(), null));
        }

        @Test
        void aStaleVersionOrAnUnknownItemIsRefused() {
            refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> remove(EMAIL_LABELS, work.id(), 2));
            refused(NotFoundException.class, "LOOKUP_ITEM_NOT_FOUND", () -> remove(EMAIL_LABELS, new LookupItemId(UUID.randomUUID()), null));
            refused(NotFoundException.class, "LOOKUP_ITEM_NOT_FOUND", () -> remove(LookupList.ACCOUNT_TYPES, work.id(), null));
        }

        @Test
        void onlyAdminsRemoveItems() {
            forbidden(() -> useCases.lookups().remove().execute(manager, new RemoveLookupItem.Command(EMAIL_LABELS, work.id(), null)));
        }
    }

    @Nested
    class Listing {

        @Test
        void everyRoleListsAListInCreationOrder() {
            for (Actor anyone : new Actor[] {viewer, agent, manager, admin}) {
                assertThat(useCases.lookups().queries().list(anyone, LookupList.HUMAN_PHONE_LABELS, PageRequest.first(10)).items())
                        .extracting(LookupItem::name).containsExactly("Mobile", "Home", "Work", "Other");
            }
        }

        @Test
        void aLongListComesInPages() {
            Page<LookupItem> first = useCases.lookups().queries().list(viewer, LookupList.ACCOUNT_TYPES, PageRequest.first(3));
            Page<LookupItem> second = useCases.lookups().queries().list(viewer, LookupList.ACCOUNT_TYPES,
                    new PageRequest(3, first.nextCursor(), false));

            assertThat(first.items()).extracting(LookupItem::name).containsExactly("Flight Broker", "Flight Provider", "Pet Services");
            assertThat(second.items()).extracting(LookupItem::name).containsExactly("Business Provider");
            assertThat(second.nextCursor()).isNull();
        }
    }

    private LookupItem seeded(LookupList list, String name) {
        return crm.lookups.findByName(list, name).orElseThrow();
    }

    private LookupItem add(LookupList list, String name) {
        return useCases.lookups().add().execute(admin, new AddLookupItem.Command(list, name));
    }

    private LookupItem rename(LookupItem item, Integer expectedVersion, String name) {
        return useCases.lookups().rename().execute(admin, new RenameLookupItem.Command(item.list(), item.id(), expectedVersion, name));
    }

    private void remove(LookupList list, LookupItemId id, Integer expectedVersion) {
        useCases.lookups().remove().execute(admin, new RemoveLookupItem.Command(list, id, expectedVersion));
    }
}
