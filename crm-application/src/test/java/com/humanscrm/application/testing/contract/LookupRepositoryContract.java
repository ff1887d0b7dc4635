package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LookupRepository} must do. Lists may hold seeded items and other tests' items: the
 * contract only ever looks for its own, named with {@link #token}.
 */
public abstract class LookupRepositoryContract extends RepositoryContract {

    /** The repository under test. */
    protected abstract LookupRepository lookups();

    /** Humans whose emails and phones put labels in use. */
    protected abstract HumanRepository humans();

    @Test
    public void anAddedItemReadsBackByIdAndByNameIgnoringCase() {
        LookupItem item = add(LookupList.ACCOUNT_TYPES, "Charter " + token);

        assertThat(lookups().findById(item.id())).contains(item);
        assertThat(inTransaction(() -> lookups().findForChange(item.id()))).contains(item);
        assertThat(lookups().findByName(LookupList.ACCOUNT_TYPES, "CHARTER " + token.toUpperCase(Locale.ROOT))).contains(item);
        assertThat(lookups().findById(new LookupItemId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    public void aNameIsFoundOnlyInItsOwnList() {
        add(LookupList.HUMAN_EMAIL_LABELS, "Mine " + token);

        assertThat(lookups().findByName(LookupList.HUMAN_PHONE_LABELS, "Mine " + token)).isEmpty();
    }

    @Test
    public void aNameTheListHasInAnyCaseIsADuplicate() {
        add(LookupList.ACCOUNT_EMAIL_LABELS, "Billing " + token);

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE,
                () -> add(LookupList.ACCOUNT_EMAIL_LABELS, "BILLING " + token.toUpperCase(Locale.ROOT)));
        assertThat(add(LookupList.ACCOUNT_PHONE_LABELS, "Billing " + token).list()).as("another list may have it")
                .isEqualTo(LookupList.ACCOUNT_PHONE_LABELS);
    }

    @Test
    public void aRenameIsStored() {
        LookupItem item = add(LookupList.ACCOUNT_HUMAN_ROLES, "Owner " + token);
        LookupItem renamed = item.rename("Proprietor " + token, clock);

        inTransaction(() -> lookups().update(renamed));

        assertThat(lookups().findById(item.id())).contains(renamed);
        assertThat(lookups().findByName(LookupList.ACCOUNT_HUMAN_ROLES, "Owner " + token)).isEmpty();
    }

    @Test
    public void aRenameFromAStaleVersionIsAConcurrentModification() {
        LookupItem item = add(LookupList.ACCOUNT_HUMAN_ROLES, "Owner " + token);
        LookupItem first = item.rename("First " + token, clock);
        inTransaction(() -> lookups().update(first));

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> lookups().update(item.rename("Second " + token, clock))));
        assertThat(lookups().findById(item.id())).contains(first);
    }

    @Test
    public void renamingToAnotherItemsNameIsADuplicate() {
        add(LookupList.ACCOUNT_TYPES, "Taken " + token);
        LookupItem item = add(LookupList.ACCOUNT_TYPES, "Free " + token);

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE,
                () -> inTransaction(() -> lookups().update(item.rename("taken " + token, clock))));
        assertThat(lookups().findById(item.id())).contains(item);
    }

    @Test
    public void anUnusedItemIsRemoved() {
        LookupItem item = add(LookupList.HUMAN_EMAIL_LABELS, "Spare " + token);

        inTransaction(() -> lookups().remove(item.id()));

        assertThat(lookups().findById(item.id())).isEmpty();
        assertThat(lookups().findByName(LookupList.HUMAN_EMAIL_LABELS, item.name())).isEmpty();
    }

    @Test
    public void aLabelOnAHumansEmailIsInUseAndStays() {
        LookupItem label = add(LookupList.HUMAN_EMAIL_LABELS, "Used " + token);
        addHuman(HumanDrafts.email(uniqueEmail("ada"), label.asLabel(), true), null);

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> lookups().remove(label.id())));

        assertThat(lookups().findById(label.id())).contains(label);
    }

    @Test
    public void aLabelOnAHumansPhoneIsInUseAndStays() {
        LookupItem label = add(LookupList.HUMAN_PHONE_LABELS, "Used " + token);
        addHuman(HumanDrafts.email(uniqueEmail("ada"), null, true), HumanDrafts.phone("+44 1", label.asLabel(), false, true));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> lookups().remove(label.id())));

        assertThat(lookups().findById(label.id())).contains(label);
    }

    @Test
    public void aListComesInCreationOrderAcrossPagesWithoutGapsOrRepeats() {
        List<LookupItem> mine = List.of(add(LookupList.ACCOUNT_TYPES, "C " + token), add(LookupList.ACCOUNT_TYPES, "A " + token),
                add(LookupList.ACCOUNT_TYPES, "B " + token));
        add(LookupList.ACCOUNT_EMAIL_LABELS, "Elsewhere " + token);

        List<LookupItem> read = Pages.all(2, page -> lookups().list(LookupList.ACCOUNT_TYPES, page));

        assertThat(read).doesNotHaveDuplicates().allSatisfy(item -> assertThat(item.list()).isEqualTo(LookupList.ACCOUNT_TYPES));
        assertThat(read).filteredOn(item -> item.name().contains(token)).containsExactlyElementsOf(mine);
    }

    @Test
    public void theTotalCountsTheWholeListOnlyWhenAskedFor() {
        add(LookupList.ACCOUNT_TYPES, "Counted " + token);
        int size = Pages.all(PageRequest.MAX_LIMIT, page -> lookups().list(LookupList.ACCOUNT_TYPES, page)).size();

        assertThat(lookups().list(LookupList.ACCOUNT_TYPES, new PageRequest(1, null, true)).total()).isEqualTo((long) size);
        assertThat(lookups().list(LookupList.ACCOUNT_TYPES, PageRequest.first(1)).total()).isNull();
    }

    @Test
    public void aCursorWithAnUnreadableKeyOrOfAnotherSortIsMalformed() {
        Cursor unreadable = new Cursor("createdAt", "not a time", Ids.newId(clock));
        Cursor otherSort = new Cursor("-createdAt", clock.instant().toString(), Ids.newId(clock));

        for (Cursor cursor : List.of(unreadable, otherSort)) {
            Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                    () -> lookups().list(LookupList.ACCOUNT_TYPES, new PageRequest(10, cursor, false)));
        }
    }

    private LookupItem add(LookupList list, String name) {
        LookupItem item = LookupItem.create(list, name, clock);
        inTransaction(() -> lookups().add(item));
        return item;
    }

    private void addHuman(NewContactPoint<EmailAddress> email, NewContactPoint<PhoneNumber> phone) {
        Human human = Human.create(HumanDrafts.draft("Ada " + token, null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(email), phone == null ? List.of() : List.of(phone)), clock);
        inTransaction(() -> humans().add(human));
    }
}
