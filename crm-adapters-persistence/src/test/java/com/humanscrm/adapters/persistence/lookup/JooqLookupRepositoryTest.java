package com.humanscrm.adapters.persistence.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqLookupRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    /** After the migration's seeding, as items added by admins always are. */
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private LookupRepository lookups;

    @BeforeEach
    void setUp() {
        lookups = database.persistence().lookups();
    }

    @Test
    void theMigrationSeedsEachListInItsDocumentedOrder() {
        assertThat(names(lookups.list(LookupList.HUMAN_PHONE_LABELS, PageRequest.first(50))))
                .containsExactly("Mobile", "Home", "Work", "Other");
        assertThat(names(lookups.list(LookupList.ACCOUNT_HUMAN_ROLES, PageRequest.first(50))))
                .containsExactly("Director", "Broker");
    }

    @Test
    void aStoredItemComesBackAsItWas() {
        LookupItem item = LookupItem.create(LookupList.ACCOUNT_EMAIL_LABELS, "Invoices", clock);

        lookups.add(item);

        assertThat(lookups.findById(item.id())).contains(item);
    }

    @Test
    void findsAnItemByNameIgnoringCaseWithinItsListOnly() {
        assertThat(lookups.findByName(LookupList.HUMAN_PHONE_LABELS, "mOBILE")).map(LookupItem::name).contains("Mobile");
        assertThat(lookups.findByName(LookupList.HUMAN_EMAIL_LABELS, "Mobile")).isEmpty();
    }

    @Test
    void pagesThroughAListInCreationOrderWithATotal() {
        for (String name : List.of("Charter", "Kennel", "Vet", "Groomer", "Customs")) {
            lookups.add(LookupItem.create(LookupList.ACCOUNT_TYPES, name, clock));
        }

        List<String> names = new ArrayList<>();
        PageRequest request = new PageRequest(3, null, true);
        Page<LookupItem> page;
        do {
            page = lookups.list(LookupList.ACCOUNT_TYPES, request);
            assertThat(page.total()).isEqualTo(9);
            names.addAll(names(page));
            request = new PageRequest(3, page.nextCursor(), true);
        } while (page.nextCursor() != null);

        assertThat(names).containsExactly("Flight Broker", "Flight Provider", "Pet Services", "Business Provider",
                "Charter", "Kennel", "Vet", "Groomer", "Customs");
    }

    @Test
    void aNameTheListHasAlreadyInAnyCaseIsADuplicate() {
        LookupItem personal = LookupItem.create(LookupList.HUMAN_EMAIL_LABELS, "PERSONAL", clock);

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> lookups.add(personal));
    }

    @Test
    void theSameNameInAnotherListIsNoDuplicate() {
        LookupItem fax = LookupItem.create(LookupList.HUMAN_PHONE_LABELS, "Fax", clock);

        lookups.add(fax);

        assertThat(lookups.findByName(LookupList.HUMAN_PHONE_LABELS, "fax")).contains(fax);
    }

    @Test
    void renamingToANameTheListHasIsADuplicate() {
        LookupItem support = lookups.findByName(LookupList.ACCOUNT_PHONE_LABELS, "Support").orElseThrow();

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE,
                () -> lookups.update(support.rename("main", clock)));
    }

    @Test
    void aRenameIsStoredAndAStaleOneRefused() {
        LookupItem item = LookupItem.create(LookupList.ACCOUNT_HUMAN_ROLES, "Owner", clock);
        lookups.add(item);
        LookupItem renamed = item.rename("Proprietor", clock);

        lookups.update(renamed);

        assertThat(lookups.findById(item.id())).contains(renamed);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> lookups.update(item.rename("Founder", clock)));
    }

    @Test
    void anItemSomeRecordUsesCannotBeRemoved() {
        LookupItem label = LookupItem.create(LookupList.HUMAN_EMAIL_LABELS, "School", clock);
        lookups.add(label);
        database.persistence().humans().add(Human.create(HumanDrafts.draft("Ada", null, "Lovelace", null,
                Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("ada@school.example", label.asLabel(), true)), List.of()), clock));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> lookups.remove(label.id()));
        assertThat(lookups.findById(label.id())).isPresent();
    }

    @Test
    void anUnusedItemIsRemoved() {
        LookupItem item = LookupItem.create(LookupList.ACCOUNT_TYPES, "Temporary", clock);
        lookups.add(item);

        lookups.remove(item.id());

        assertThat(lookups.findById(item.id())).isEmpty();
    }

    private static List<String> names(Page<LookupItem> page) {
        return page.items().stream().map(LookupItem::name).toList();
    }
}
