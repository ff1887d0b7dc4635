package com.humanscrm.adapters.persistence.human;

import static com.humanscrm.adapters.persistence.jooq.Tables.HUMANS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_EMAILS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_PHONES;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqHumanRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final MutableClock clock = MutableClock.startingAt("2025-03-01T09:00:00Z");
    private final StatementLog statements = new StatementLog();
    private HumanRepository humans;
    private DSLContext sql;
    private Label work;
    private Label mobile;

    @BeforeEach
    void setUp() {
        humans = database.persistence().humans();
        sql = statements.dsl(database.settings());
        LookupRepository lookups = database.persistence().lookups();
        work = lookups.findByName(LookupList.HUMAN_EMAIL_LABELS, "Work").orElseThrow().asLabel();
        mobile = lookups.findByName(LookupList.HUMAN_PHONE_LABELS, "Mobile").orElseThrow().asLabel();
    }

    @Test
    void aStoredHumanComesBackWithEveryFieldTypeEmailPhoneAndLabelName() {
        Human ada = Human.create(HumanDrafts.draft("Ada", "Augusta", "Lovelace", PartyStatus.ACTIVE,
                Set.of(HumanType.CLIENT, HumanType.TRAINER),
                List.of(HumanDrafts.email("ada@example.com", work, true), HumanDrafts.email("ada@analytical.org", null, false)),
                List.of(HumanDrafts.phone("+44 20 7946 0958", mobile, true, true),
                        HumanDrafts.phone("020 7946 0000", null, false, false))),
                clock);

        humans.add(ada);

        Human found = humans.findById(ada.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(ada);
        assertThat(found.emails()).extracting(ContactPoint::label).contains(new Label(work.id(), "Work"));
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(humans.findById(new HumanId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    void emailsAndPhonesComeInTheOrderTheyWereAdded() {
        Human human = stored(newHuman("Grace", "Hopper"));
        clock.advance(Duration.ofSeconds(1));
        human = updated(HumanDrafts.addEmail(human, HumanDrafts.email("grace@navy.mil", null, false), clock));
        clock.advance(Duration.ofSeconds(1));
        human = updated(HumanDrafts.addEmail(human, HumanDrafts.email("grace@cobol.org", null, false), clock));
        human = updated(HumanDrafts.addPhone(human, HumanDrafts.phone("555-0100", null, false, false), clock));
        clock.advance(Duration.ofSeconds(1));
        human = updated(HumanDrafts.addPhone(human, HumanDrafts.phone("555-0199", null, false, false), clock));

        Human found = humans.findById(human.id()).orElseThrow();
        assertThat(found.emails()).extracting(email -> email.value().address())
                .containsExactly("grace@hopper.example", "grace@navy.mil", "grace@cobol.org");
        assertThat(found.phones()).extracting(phone -> phone.value().number()).containsExactly("555-0100", "555-0199");
    }

    @Test
    void anUpdateStoresChangedFieldsAndReplacesTypes() {
        Human before = stored(Human.create(HumanDrafts.draft("Alan", "Mathison", "Turing", PartyStatus.OPEN,
                Set.of(HumanType.CLIENT), List.of(HumanDrafts.email("alan@example.com", work, true)), List.of()), clock));

        Human after = updated(before.change(HumanDrafts.changes("Alan M.", Optional.empty(), "Turing-Smith",
                PartyStatus.CLOSED, Set.of(HumanType.TRAVEL_AGENT, HumanType.FLIGHT_BROKER)), clock));

        Human found = humans.findById(before.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(after);
        assertThat(found.middleName()).isNull();
        assertThat(found.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void anUpdateAddsChangesAndRemovesEmailsAndPhones() {
        Human human = stored(Human.create(HumanDrafts.draft("Alan", null, "Kay", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("alan@parc.example", work, true), HumanDrafts.email("alan@vpri.example", null, false)),
                List.of(HumanDrafts.phone("111", mobile, false, true), HumanDrafts.phone("222", null, true, false))), clock));
        ContactPoint<EmailAddress> first = human.emails().getFirst();
        ContactPoint<EmailAddress> second = human.emails().get(1);
        ContactPoint<PhoneNumber> secondPhone = human.phones().get(1);

        human = updated(HumanDrafts.removeEmail(human, first.id(), clock));
        human = updated(HumanDrafts.changeEmail(human, second.id(), "alan@viewpoints.example", Optional.of(work), null, clock));
        human = updated(HumanDrafts.changePhone(human, secondPhone.id(), "222-9", Optional.empty(), false, true, clock));
        human = updated(HumanDrafts.addPhone(human, HumanDrafts.phone("333", mobile, true, false), clock));

        assertThat(humans.findById(human.id()).orElseThrow())
                .usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(human);
    }

    @Test
    void oneUpdateCanRemoveAnEmailAndGiveItsAddressAndPrimaryFlagToAnother() {
        Human human = stored(HumanDrafts.addEmail(newHuman("Niklaus", "Wirth"),
                HumanDrafts.email("niklaus@ethz.example", null, false), clock));
        ContactPoint<EmailAddress> removed = human.emails().getFirst();
        ContactPoint<EmailAddress> kept = human.emails().get(1);
        ContactPoint<EmailAddress> takesOver = new ContactPoint<>(kept.id(), removed.value(), null, true, kept.createdAt(), clock.instant());

        Human next = Human.restore(human.id(), human.firstName(), null, human.lastName(), human.status(), human.types(),
                new Contacts(ContactPoints.restore(ContactField.EMAILS, List.of(takesOver)), ContactPoints.none(ContactField.PHONES)),
                human.version() + 1, human.createdAt(), clock.instant());
        humans.update(next);

        assertThat(humans.findById(human.id()).orElseThrow().emails()).singleElement()
                .usingRecursiveComparison().isEqualTo(takesOver);
    }

    @Test
    void thePrimaryFlagMovesToANewEmailAndBetweenExistingPhones() {
        Human human = stored(HumanDrafts.addPhone(HumanDrafts.addPhone(newHuman("Katherine", "Johnson"),
                HumanDrafts.phone("757-0001", null, false, true), clock), HumanDrafts.phone("757-0002", null, false, false), clock));

        human = updated(HumanDrafts.addEmail(human, HumanDrafts.email("katherine@nasa.gov", null, true), clock));
        human = updated(HumanDrafts.changePhone(human, human.phones().get(1).id(), null, null, null, true, clock));

        Human found = humans.findById(human.id()).orElseThrow();
        assertThat(found.primaryEmail()).map(email -> email.value().address()).contains("katherine@nasa.gov");
        assertThat(found.phones()).filteredOn(ContactPoint::primary).singleElement()
                .extracting(phone -> phone.value().number()).isEqualTo("757-0002");
    }

    @Test
    void removingThePrimaryEmailHandsThePrimaryFlagToAnother() {
        Human human = stored(newHuman("Margaret", "Hamilton"));
        human = updated(HumanDrafts.addEmail(human, HumanDrafts.email("margaret@mit.edu", null, false), clock));

        updated(HumanDrafts.removeEmail(human, human.primaryEmail().orElseThrow().id(), clock));

        assertThat(humans.findById(human.id()).orElseThrow().primaryEmail())
                .map(email -> email.value().address()).contains("margaret@mit.edu");
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAsAConcurrentModification() {
        Human original = stored(newHuman("Edsger", "Dijkstra"));
        updated(original.change(HumanDrafts.changes(null, null, null, PartyStatus.ACTIVE, null), clock));

        Human stale = original.change(HumanDrafts.changes("Edsger W.", null, null, null, null), clock);

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION, () -> humans.update(stale));
        assertThat(humans.findById(original.id()).orElseThrow().firstName()).isEqualTo("Edsger");
    }

    @Test
    void addingTheSameHumanTwiceIsADuplicate() {
        Human human = stored(newHuman("Barbara", "Liskov"));

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> humans.add(human));
    }

    @Test
    void removingAHumanRemovesTheirTypesEmailsAndPhones() {
        Human human = stored(HumanDrafts.addPhone(newHuman("Frances", "Allen"), HumanDrafts.phone("914-0000", mobile, false, true), clock));

        humans.remove(human.id());

        assertThat(humans.findById(human.id())).isEmpty();
        assertThat(sql.fetchCount(HUMAN_TYPES, HUMAN_TYPES.HUMAN_ID.eq(human.id().value()))).isZero();
        assertThat(sql.fetchCount(HUMAN_EMAILS, HUMAN_EMAILS.HUMAN_ID.eq(human.id().value()))).isZero();
        assertThat(sql.fetchCount(HUMAN_PHONES, HUMAN_PHONES.HUMAN_ID.eq(human.id().value()))).isZero();
    }

    @Test
    void aTransactionReadsTheHumanItHasJustWrittenAndOthersDoNotYet() {
        Human human = newHuman("Edsger", "Dijkstra");
        UnitOfWork unitOfWork = database.persistence().unitOfWork();

        Optional<Human> seenInside = unitOfWork.inTransaction(() -> {
            humans.add(human);
            // The detail is read over plain JDBC: on the transaction's connection, not a fresh one from the pool.
            assertThat(CompletableFuture.supplyAsync(() -> humans.findById(human.id())).join()).isEmpty();
            return humans.findById(human.id());
        });

        assertThat(seenInside).map(Human::id).contains(human.id());
        assertThat(humans.findById(human.id())).isPresent();
    }

    @Test
    void aHumanWithAllItsChildrenIsReadInOneStatement() {
        Human human = stored(HumanDrafts.addPhone(HumanDrafts.addEmail(newHuman("Donald", "Knuth"),
                HumanDrafts.email("knuth@stanford.edu", work, false), clock), HumanDrafts.phone("650-0000", mobile, false, true), clock));
        HumanRepository counted = new JooqHumanRepository(sql);
        statements.clear();

        Human found = counted.findById(human.id()).orElseThrow();

        assertThat(statements.count()).isOne();
        assertThat(found.emails()).hasSize(2);
        assertThat(found.phones()).hasSize(1);
    }

    @Test
    void theSearchTextHoldsNamesEmailsAndPhoneNumbersInLowerCaseWithDigitOnlyNumbers() {
        Human human = stored(Human.create(HumanDrafts.draft("Ada", "Augusta", "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("Ada@Example.com", null, true)),
                List.of(HumanDrafts.phone("+44 (20) 7946-0958", null, false, true))), clock));

        String searchText = sql.fetchValue(HUMANS.SEARCH_TEXT, HUMANS.ID.eq(human.id().value()));

        assertThat(searchText).isEqualTo("ada augusta lovelace ada@example.com +44 (20) 7946-0958 442079460958");
    }

    @Test
    void aRenamedLabelShowsItsNewNameOnTheHumansUsingIt() {
        LookupRepository lookups = database.persistence().lookups();
        var personal = lookups.findByName(LookupList.HUMAN_EMAIL_LABELS, "Personal").orElseThrow();
        Human human = stored(Human.create(HumanDrafts.draft("Hedy", null, "Lamarr", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("hedy@example.com", personal.asLabel(), true)), List.of()), clock));

        lookups.update(personal.rename("Private", clock));

        assertThat(humans.findById(human.id()).orElseThrow().emails().getFirst().label().name()).isEqualTo("Private");
    }

    private Human newHuman(String firstName, String lastName) {
        return Human.create(HumanDrafts.draft(firstName, null, lastName, null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(firstName.toLowerCase() + "@" + lastName.toLowerCase() + ".example", null, true)),
                List.of()), clock);
    }

    private Human stored(Human human) {
        humans.add(human);
        return human;
    }

    private Human updated(Human human) {
        humans.update(human);
        return human;
    }
}
