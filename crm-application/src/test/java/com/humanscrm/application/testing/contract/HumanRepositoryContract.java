package com.humanscrm.application.testing.contract;

import static com.humanscrm.application.testing.contract.Pages.BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link HumanRepository} must do, whatever stores it: the in-memory fake and the jOOQ
 * adapter both run these. Every human a test writes carries {@link #token} in its first name, so a
 * search for the token lists exactly that test's humans, even on a shared database.
 */
public abstract class HumanRepositoryContract extends LabelledRecordsContract {

    /** The repository under test. */
    protected abstract HumanRepository humans();

    // ---- storing and reading back -------------------------------------------------------------

    @Test
    public void aStoredHumanReadsBackWithEveryFieldChildAndLabel() {
        Label work = label(LookupList.HUMAN_EMAIL_LABELS);
        Label mobile = label(LookupList.HUMAN_PHONE_LABELS);
        Human human = Human.create(HumanDrafts.draft(first("Ada"), "King", "Lovelace", PartyStatus.ACTIVE,
                Set.of(HumanType.CLIENT, HumanType.FLIGHT_BROKER),
                List.of(HumanDrafts.email(uniqueEmail("ada"), work, false), HumanDrafts.email(uniqueEmail("Ada.Home"), null, true)),
                List.of(HumanDrafts.phone("+44 20 7946 0000", mobile, true, false), HumanDrafts.phone("(555) 010-0199", null, false, true))),
                clock);

        add(human);

        assertSame(humans().findById(human.id()).orElseThrow(), human);
    }

    @Test
    public void aHumanWithoutMiddleNameOrPhonesReadsBackWithout() {
        Human human = add(aHuman("Grace", "Hopper"));

        Human stored = humans().findById(human.id()).orElseThrow();

        assertThat(stored.middleName()).isNull();
        assertThat(stored.phones()).isEmpty();
        assertSame(stored, human);
    }

    @Test
    public void anUnknownIdFindsNothing() {
        assertThat(humans().findById(new HumanId(Ids.newId(clock)))).isEmpty();
        assertThat(inTransaction(() -> humans().findForChange(new HumanId(Ids.newId(clock))))).isEmpty();
    }

    @Test
    public void aHumanHeldForAChangeReadsBackAsStored() {
        Human human = add(aHuman("Ada", "Lovelace"));
        Human held = inTransaction(() -> humans().findForChange(human.id())).orElseThrow();

        assertThat(held.auditSnapshot()).isEqualTo(human.auditSnapshot());
        assertThat(held.version()).isEqualTo(human.version());
    }

    @Test
    public void updatesStoreEveryChangeToFieldsAndChildren() {
        Human human = add(aHuman("Ada", "Lovelace"));
        Label personal = label(LookupList.HUMAN_EMAIL_LABELS);
        Label home = label(LookupList.HUMAN_PHONE_LABELS);

        human = update(human.change(HumanDrafts.changes(first("Augusta"), Optional.of("Ada"), "King",
                PartyStatus.CLOSED, Set.of(HumanType.TRAINER)), clock));
        human = update(HumanDrafts.addEmail(human, HumanDrafts.email(uniqueEmail("second"), personal, false), clock));
        human = update(HumanDrafts.addPhone(human, HumanDrafts.phone("+1 555 0100", home, true, false), clock));
        human = update(HumanDrafts.addPhone(human, HumanDrafts.phone("+1 555 0101", null, false, false), clock));
        human = update(HumanDrafts.changeEmail(human, human.emails().get(1).id(), uniqueEmail("changed"), Optional.empty(), null, clock));
        human = update(HumanDrafts.changePhone(human, human.phones().get(1).id(), "+1 555 0102", Optional.of(home), true, null, clock));
        human = update(HumanDrafts.removePhone(human, human.phones().getFirst().id(), clock));
        human = update(human.change(HumanDrafts.changes(null, Optional.empty(), null, null, null), clock));

        assertSame(humans().findById(human.id()).orElseThrow(), human);
        assertThat(human.version()).isEqualTo(9);
    }

    @Test
    public void movingThePrimaryFlagIsStored() {
        // Only one primary per human: stores that enforce it row by row must demote before they promote.
        Human human = add(aHumanWithEmails("Ada", "Lovelace", uniqueEmail("a"), uniqueEmail("b")));
        human = update(HumanDrafts.addPhone(human, HumanDrafts.phone("+44 1", null, false, false), clock));
        human = update(HumanDrafts.addPhone(human, HumanDrafts.phone("+44 2", null, false, false), clock));

        human = update(HumanDrafts.changeEmail(human, human.emails().get(1).id(), null, null, true, clock));
        human = update(HumanDrafts.changePhone(human, human.phones().get(1).id(), null, null, null, true, clock));

        Human stored = humans().findById(human.id()).orElseThrow();
        assertThat(stored.emails()).extracting(ContactPoint::primary).containsExactly(false, true);
        assertThat(stored.phones()).extracting(ContactPoint::primary).containsExactly(false, true);
    }

    @Test
    public void anUpdateFromAStaleVersionIsAConcurrentModification() {
        Human original = add(aHuman("Ada", "Lovelace"));
        Human first = update(original.change(HumanDrafts.changes(null, null, "First", null, null), clock));
        Human second = original.change(HumanDrafts.changes(null, null, "Second", null, null), clock);

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION, () -> update(second));

        assertSame(humans().findById(original.id()).orElseThrow(), first);
    }

    @Test
    public void updatingARemovedHumanIsAConcurrentModification() {
        Human human = add(aHuman("Ada", "Lovelace"));
        inTransaction(() -> humans().remove(human.id()));

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> update(human.change(HumanDrafts.changes("Augusta", null, null, null, null), clock)));
        assertThat(humans().findById(human.id())).isEmpty();
    }

    @Test
    public void aListShowsEachHumanAsItsSummaryWithThePrimaryEmailAndPhone() {
        Human human = add(Human.create(HumanDrafts.draft(first("Ada"), "Augusta", "Lovelace", PartyStatus.ACTIVE,
                Set.of(HumanType.TRAINER, HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail("other"), null, false), HumanDrafts.email(uniqueEmail("ada"), null, true)),
                List.of(HumanDrafts.phone("+44 1", null, false, false), HumanDrafts.phone("+44 2", null, true, true))), clock));
        Human bare = add(Human.create(HumanDrafts.draft(first("Bob"), null, "Bare", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail("bob"), null, true)), List.of()), clock));

        assertThat(list(null, null, token, null, PageRequest.first(10)).items()).containsExactly(
                HumanSummary.of(humans().findById(bare.id()).orElseThrow()),
                HumanSummary.of(humans().findById(human.id()).orElseThrow()));
        assertThat(HumanSummary.of(human).primaryEmail()).startsWith("ada");
        assertThat(HumanSummary.of(human).primaryPhone()).isEqualTo("+44 2");
        assertThat(HumanSummary.of(bare).primaryPhone()).isNull();
    }

    @Test
    public void removingAHumanTakesItsEmailsAndPhonesWithIt() {
        LookupItem work = labelItem(LookupList.HUMAN_EMAIL_LABELS);
        LookupItem mobile = labelItem(LookupList.HUMAN_PHONE_LABELS);
        Human human = add(Human.create(HumanDrafts.draft(first("Ada"), null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail("ada"), work.asLabel(), true)),
                List.of(HumanDrafts.phone("+44 1", mobile.asLabel(), false, true))), clock));

        inTransaction(() -> humans().remove(human.id()));

        assertThat(humans().findById(human.id())).isEmpty();
        assertThat(list(null, null, token, null, PageRequest.first(10)).items()).isEmpty();
        // With its emails and phones gone, their labels are in use no more.
        inTransaction(() -> lookups().remove(work.id()));
        inTransaction(() -> lookups().remove(mobile.id()));
        assertThat(lookups().findById(work.id())).isEmpty();
    }

    @Test
    public void aRenamedLabelShowsItsNewNameOnTheHumansThatUseIt() {
        LookupItem item = labelItem(LookupList.HUMAN_EMAIL_LABELS);
        Human human = add(Human.create(HumanDrafts.draft(first("Ada"), null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail("ada"), item.asLabel(), true)), List.of()), clock));

        LookupItem renamed = item.rename("Renamed " + token, clock);
        inTransaction(() -> lookups().update(renamed));

        assertThat(humans().findById(human.id()).orElseThrow().emails().getFirst().label()).isEqualTo(renamed.asLabel());
    }

    // ---- filters ------------------------------------------------------------------------------

    @Test
    public void statusAndTypeFilterTheList() {
        Human open = add(aHuman("Open", "Client"));
        Human active = add(Human.create(HumanDrafts.draft(first("Active"), null, "Trainer", PartyStatus.ACTIVE,
                Set.of(HumanType.TRAINER, HumanType.CLIENT), List.of(HumanDrafts.email(uniqueEmail("t"), null, false)), List.of()), clock));

        assertThat(ids(list(PartyStatus.ACTIVE, null, token, null, PageRequest.first(10)))).containsExactly(active.id());
        assertThat(ids(list(PartyStatus.CLOSED, null, token, null, PageRequest.first(10)))).isEmpty();
        assertThat(ids(list(null, HumanType.TRAINER, token, null, PageRequest.first(10)))).containsExactly(active.id());
        assertThat(ids(list(null, HumanType.CLIENT, token, null, PageRequest.first(10)))).containsExactlyInAnyOrder(open.id(), active.id());
        assertThat(ids(list(PartyStatus.OPEN, HumanType.CLIENT, token, null, PageRequest.first(10)))).containsExactly(open.id());
    }

    @Test
    public void qMatchesPartsOfNamesEmailsAndPhonesIgnoringCase() {
        // Each human carries the token in one searchable field only, so each search below proves one field.
        String phoneDigits = digits(9);
        String upperToken = token.toUpperCase(Locale.ROOT);
        Human byFirst = add(searchable("Zed" + token, null, "Smith", randomEmail(), null));
        Human byMiddle = add(searchable("Ann", "Mid" + upperToken + "dle", "Jones", randomEmail(), null));
        Human byLast = add(searchable("Bo", null, "Van" + token + "dyke", randomEmail(), null));
        Human byEmail = add(searchable("Cy", null, "Young", "first.last+" + token + "@example.test", null));
        Human byPhone = add(searchable("Di", null, "Ross", randomEmail(), "+44 " + phoneDigits));

        assertThat(ids(list(null, null, upperToken.substring(2, 9), null, PageRequest.first(10))))
                .containsExactlyInAnyOrder(byFirst.id(), byMiddle.id(), byLast.id(), byEmail.id());
        assertThat(ids(list(null, null, "zed" + token.substring(0, 6), null, PageRequest.first(10)))).containsExactly(byFirst.id());
        assertThat(ids(list(null, null, "MID" + token, null, PageRequest.first(10)))).containsExactly(byMiddle.id());
        assertThat(ids(list(null, null, "van" + token + "D", null, PageRequest.first(10)))).containsExactly(byLast.id());
        assertThat(ids(list(null, null, "LAST+" + token, null, PageRequest.first(10)))).containsExactly(byEmail.id());
        assertThat(ids(list(null, null, phoneDigits.substring(2, 8), null, PageRequest.first(10)))).containsExactly(byPhone.id());
    }

    @Test
    public void everyWordOfQMustMatchSomewhere() {
        Human ada = add(aHuman("Ada", "Lovelace"));
        add(aHuman("Ada", "Byron"));

        assertThat(ids(list(null, null, "lovelace " + token, null, PageRequest.first(10)))).containsExactly(ada.id());
        assertThat(ids(list(null, null, token + " lovel", null, PageRequest.first(10)))).containsExactly(ada.id());
    }

    @Test
    public void wordsOfOneOrTwoLettersMatchToo() {
        // Letters the random token cannot hold, so only the names can match them.
        Human lue = add(aHuman("Wei", "Lü"));
        add(aHuman("Wei", "Lu"));

        assertThat(ids(list(null, null, "LÜ " + token, null, PageRequest.first(10)))).containsExactly(lue.id());
        assertThat(ids(list(null, null, token + " ü", null, PageRequest.first(10)))).containsExactly(lue.id());
        assertThat(ids(list(null, null, token + " %", null, PageRequest.first(10)))).isEmpty();
    }

    @Test
    public void wildcardsInQAreJustCharacters() {
        // SQL LIKE reads % and _ as wildcards: a search must escape them, or "%" would match everyone.
        add(aHuman("Ada", "Lovelace"));

        assertThat(list(null, null, token + "%", null, PageRequest.first(10)).items()).isEmpty();
        assertThat(list(null, null, token.substring(0, 4) + "_" + token.substring(5), null, PageRequest.first(10)).items()).isEmpty();
    }

    // ---- pagination ---------------------------------------------------------------------------

    @ParameterizedTest(name = "sort={0}, limit={1}")
    @CsvSource({"createdAt, 2", "-createdAt, 2", "lastName, 3", "-lastName, 3", "createdAt, 3", "-lastName, 2"})
    public void pagesFollowOneAnotherInSortOrderWithoutGapsOrRepeats(String sortToken, int limit) {
        List<Human> humans = sevenHumansWithTiedKeys();
        Sort<HumanSortField> sort = Sort.parse(sortToken, HumanSortField.class, HumanListQuery.DEFAULT_SORT);

        List<HumanSummary> read = Pages.all(limit, page -> list(null, null, token, sort, page));

        assertThat(read).extracting(HumanSummary::id)
                .containsExactlyElementsOf(humans.stream().sorted(order(sort)).map(Human::id).toList());
    }

    @Test
    public void aFullLastPageHasNoNextCursor() {
        add(aHuman("A", "Adams"));
        add(aHuman("B", "Baker"));

        Page<HumanSummary> page = list(null, null, token, null, PageRequest.first(2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    public void humansAddedWhileReadingDoNotShiftTheNextPage() {
        Human oldest = add(aHuman("A", "Adams"));
        Human middle = add(aHuman("B", "Baker"));
        Human newest = add(aHuman("C", "Clark"));
        Page<HumanSummary> first = list(null, null, token, null, PageRequest.first(2));

        add(aHuman("D", "Dunn"));
        Page<HumanSummary> second = list(null, null, token, null, new PageRequest(2, first.nextCursor(), false));

        assertThat(ids(first)).containsExactly(newest.id(), middle.id());
        assertThat(ids(second)).containsExactly(oldest.id());
    }

    @Test
    public void theTotalCountsEveryMatchOnEveryPageAndOnlyWhenAskedFor() {
        sevenHumansWithTiedKeys();

        Page<HumanSummary> first = list(null, null, token, null, new PageRequest(3, null, true));
        Page<HumanSummary> second = list(null, null, token, null, new PageRequest(3, first.nextCursor(), true));

        assertThat(first.total()).isEqualTo(7L);
        assertThat(second.total()).isEqualTo(7L);
        assertThat(list(PartyStatus.ACTIVE, null, token, null, new PageRequest(3, null, true)).total()).isZero();
        assertThat(list(null, null, token, null, PageRequest.first(3)).total()).isNull();
    }

    @Test
    public void aCursorOfAnotherSortOrWithAnUnreadableKeyIsMalformed() {
        Sort<HumanSortField> byCreation = new Sort<>(HumanSortField.CREATED_AT, false);
        Cursor descending = new Cursor("-createdAt", clock.instant().toString(), Ids.newId(clock));
        Cursor unreadable = new Cursor("createdAt", "yesterday", Ids.newId(clock));

        Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                () -> list(null, null, token, byCreation, new PageRequest(10, descending, false)));
        Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                () -> list(null, null, token, byCreation, new PageRequest(10, unreadable, false)));
    }

    // ---- fixtures -----------------------------------------------------------------------------

    /**
     * Seven humans whose sort keys tie in pairs (two made at the same instant, three sharing a last name),
     * so only the id can order them: the case where keyset paging goes wrong.
     */
    private List<Human> sevenHumansWithTiedKeys() {
        List<Human> humans = new ArrayList<>();
        Clock sameInstant = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        humans.add(add(aHuman("A", "Baker", sameInstant)));
        humans.add(add(aHuman("B", "Adams", sameInstant)));
        humans.add(add(aHuman("C", "Baker", clock)));
        Clock anotherInstant = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        humans.add(add(aHuman("D", "Clark", anotherInstant)));
        humans.add(add(aHuman("E", "Adams", anotherInstant)));
        humans.add(add(aHuman("F", "Baker", clock)));
        humans.add(add(aHuman("G", "Dunn", clock)));
        return humans;
    }

    private static Comparator<Human> order(Sort<HumanSortField> sort) {
        Comparator<Human> byKey = sort.field() == HumanSortField.LAST_NAME
                ? Comparator.comparing(Human::lastName) : Comparator.comparing(Human::createdAt);
        Comparator<Human> ascending = byKey.thenComparing(human -> human.id().value(), BY_ID);
        return sort.descending() ? ascending.reversed() : ascending;
    }

    /** The token goes into the first name, so that searching for it lists this test's humans only. */
    private String first(String name) {
        return name + " " + token;
    }

    private Human aHuman(String firstName, String lastName) {
        return aHuman(firstName, lastName, clock);
    }

    private Human aHuman(String firstName, String lastName, Clock at) {
        return Human.create(HumanDrafts.draft(first(firstName), null, lastName, null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(firstName.toLowerCase(Locale.ROOT)), null, false)), List.of()), at);
    }

    private Human aHumanWithEmails(String firstName, String lastName, String... emails) {
        return Human.create(HumanDrafts.draft(first(firstName), null, lastName, null, Set.of(HumanType.CLIENT),
                Arrays.stream(emails).map(email -> HumanDrafts.email(email, null, false)).toList(), List.of()), clock);
    }

    /** A human without the token in its first name: the caller puts it where a search should find it. */
    private Human searchable(String firstName, String middleName, String lastName, String email, String phone) {
        return Human.create(HumanDrafts.draft(firstName, middleName, lastName, null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(email, null, false)),
                phone == null ? List.of() : List.of(HumanDrafts.phone(phone, null, false, false))), clock);
    }

    private static String randomEmail() {
        return letters(10) + "@" + letters(6) + ".test";
    }

    private Human add(Human human) {
        inTransaction(() -> humans().add(human));
        return human;
    }

    private Human update(Human human) {
        inTransaction(() -> humans().update(human));
        return human;
    }

    private Page<HumanSummary> list(PartyStatus status, HumanType type, String q, Sort<HumanSortField> sort, PageRequest page) {
        return humans().list(new HumanListQuery(status, type, q, sort, page));
    }

    private static List<HumanId> ids(Page<HumanSummary> page) {
        return page.items().stream().map(HumanSummary::id).toList();
    }

    /**
     * Field by field, children and labels included, in order: emails and phones come back in the order
     * they were added, which is (createdAt, id) order, since ids made together increase.
     */
    private static void assertSame(Human actual, Human expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }
}
