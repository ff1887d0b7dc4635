package com.humanscrm.adapters.persistence.human;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
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
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Listing humans: filters, text search and keyset paging, over one data set that no test changes. */
class JooqHumanListTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final MutableClock CLOCK = MutableClock.startingAt("2025-04-01T08:00:00Z");
    /** Repeated last names, so paging by last name must break ties by id. */
    private static final List<String> LAST_NAMES = List.of("Baker", "Adams", "Clark", "Baker", "Evans", "Adams", "Baker");

    private static HumanRepository humans;
    private static final List<Human> everyone = new ArrayList<>();

    @BeforeAll
    static void storeHumans() {
        humans = database.persistence().humans();
        for (int i = 0; i < 21; i++) {
            String lastName = LAST_NAMES.get(i % LAST_NAMES.size());
            PartyStatus status = PartyStatus.values()[i % 3];
            Set<HumanType> types = i % 4 == 0 ? Set.of(HumanType.TRAINER, HumanType.CLIENT) : Set.of(HumanType.CLIENT);
            everyone.add(Human.create(HumanDrafts.draft("Person" + i, null, lastName, status, types,
                    List.of(HumanDrafts.email("person" + i + "@crowd.example", null, true)), List.of()), CLOCK));
        }
        everyone.add(Human.create(HumanDrafts.draft("Ada", "Augusta", "Lovelace", PartyStatus.ACTIVE,
                Set.of(HumanType.FLIGHT_BROKER),
                List.of(HumanDrafts.email("countess@analytical.example", null, true)),
                List.of(HumanDrafts.phone("+44 20 7946 0958", null, true, true))), CLOCK));
        everyone.add(Human.create(HumanDrafts.draft("Ada", null, "Smith", PartyStatus.OPEN, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("ada.smith@shop.example", null, true)), List.of()), CLOCK));
        everyone.add(Human.create(HumanDrafts.draft("Percy", null, "Fifty", PartyStatus.OPEN, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("fifty_percent@odd.example", null, true)), List.of()), CLOCK));
        everyone.forEach(humans::add);
    }

    @Test
    void filtersByStatus() {
        assertThat(ids(query(PartyStatus.CLOSED, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(everyone.stream().filter(h -> h.status() == PartyStatus.CLOSED)));
    }

    @Test
    void filtersByType() {
        assertThat(ids(query(null, HumanType.TRAINER, null)))
                .containsExactlyInAnyOrderElementsOf(ids(everyone.stream().filter(h -> h.types().contains(HumanType.TRAINER))));
    }

    @Test
    void combinesFilters() {
        assertThat(names(query(PartyStatus.ACTIVE, HumanType.FLIGHT_BROKER, "ada"))).containsExactly("Lovelace");
    }

    @Test
    void searchesPartsOfNamesIgnoringCase() {
        assertThat(names(query(null, null, "LOVEL"))).containsExactly("Lovelace");
        assertThat(names(query(null, null, "gust"))).containsExactly("Lovelace");
    }

    @Test
    void searchesEmailAddresses() {
        assertThat(names(query(null, null, "Countess@Analyt"))).containsExactly("Lovelace");
    }

    @Test
    void searchesPhoneNumbersAsWrittenAndAsDigits() {
        assertThat(names(query(null, null, "7946 0958"))).containsExactly("Lovelace");
        assertThat(names(query(null, null, "2079460958"))).containsExactly("Lovelace");
    }

    @Test
    void everyTermOfTheSearchMustMatch() {
        assertThat(names(query(null, null, "ada  smith"))).containsExactly("Smith");
        assertThat(names(query(null, null, "ada 0958"))).containsExactly("Lovelace");
        assertThat(names(query(null, null, "lovelace smith"))).isEmpty();
    }

    @Test
    void percentAndUnderscoreInTheSearchAreLiteral() {
        assertThat(names(query(null, null, "%"))).isEmpty();
        assertThat(names(query(null, null, "fifty_"))).containsExactly("Fifty");
        assertThat(names(query(null, null, "y_p"))).containsExactly("Fifty");
        assertThat(names(query(null, null, "a_a"))).isEmpty();
    }

    @Test
    void countsEveryMatchWhenAskedAndOnlyThen() {
        long clients = everyone.stream().filter(h -> h.types().contains(HumanType.CLIENT)).count();
        HumanListQuery counted = new HumanListQuery(null, HumanType.CLIENT, null, null, new PageRequest(2, null, true));
        HumanListQuery uncounted = new HumanListQuery(null, HumanType.CLIENT, null, null, PageRequest.first(2));

        assertThat(humans.list(counted).total()).isEqualTo(clients);
        assertThat(humans.list(uncounted).total()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void pagesThroughEveryHumanOnceInTheSortOrder(Sort<HumanSortField> sort, Comparator<Human> order) {
        List<UUID> paged = new ArrayList<>();
        Cursor cursor = null;
        int pages = 0;
        do {
            Page<HumanSummary> page = humans.list(new HumanListQuery(null, null, null, sort, new PageRequest(4, cursor, false)));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            paged.addAll(ids(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(paged).containsExactlyElementsOf(ids(everyone.stream().sorted(order)));
        assertThat(pages).isEqualTo((everyone.size() + 3) / 4);
    }

    static Stream<Arguments> sorts() {
        Comparator<Human> byCreation = Comparator.comparing(Human::createdAt).thenComparing(h -> h.id().value());
        Comparator<Human> byLastName = Comparator.comparing(Human::lastName).thenComparing(h -> h.id().value());
        return Stream.of(
                Arguments.of(new Sort<>(HumanSortField.CREATED_AT, false), byCreation),
                Arguments.of(new Sort<>(HumanSortField.CREATED_AT, true), byCreation.reversed()),
                Arguments.of(new Sort<>(HumanSortField.LAST_NAME, false), byLastName),
                Arguments.of(new Sort<>(HumanSortField.LAST_NAME, true), byLastName.reversed()));
    }

    @Test
    void aFilteredListPagesWithinTheFilter() {
        Sort<HumanSortField> byName = new Sort<>(HumanSortField.LAST_NAME, false);
        Page<HumanSummary> first = humans.list(new HumanListQuery(PartyStatus.OPEN, null, null, byName, PageRequest.first(3)));
        Page<HumanSummary> second = humans.list(new HumanListQuery(PartyStatus.OPEN, null, null, byName,
                new PageRequest(3, first.nextCursor(), false)));

        assertThat(Stream.concat(first.items().stream(), second.items().stream()))
                .allMatch(h -> h.status() == PartyStatus.OPEN);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"})
    void aCursorWhoseKeyIsNoTimestampTheDatabaseCanHoldIsMalformed(String key) {
        Cursor forged = new Cursor("createdAt", key, UUID.randomUUID());

        assertThatThrownBy(() -> humans.list(new HumanListQuery(null, null, null,
                new Sort<>(HumanSortField.CREATED_AT, false), new PageRequest(5, forged, false))))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void aCursorFromAnotherSortIsMalformed() {
        Page<HumanSummary> byName = humans.list(new HumanListQuery(null, null, null,
                new Sort<>(HumanSortField.LAST_NAME, false), PageRequest.first(2)));

        assertThatThrownBy(() -> humans.list(new HumanListQuery(null, null, null,
                new Sort<>(HumanSortField.LAST_NAME, true), new PageRequest(2, byName.nextCursor(), false))))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void aPageOfHumansWithTheirPrimaryEmailsIsOneStatement() {
        StatementLog statements = new StatementLog();
        HumanRepository counted = new JooqHumanRepository(statements.dsl(database.settings()));

        Page<HumanSummary> page = counted.list(new HumanListQuery(null, null, null, null, PageRequest.first(10)));

        assertThat(page.items()).hasSize(10).allMatch(h -> h.primaryEmail() != null);
        assertThat(statements.count()).isOne();
    }

    private static Page<HumanSummary> query(PartyStatus status, HumanType type, String q) {
        return humans.list(new HumanListQuery(status, type, q, null, new PageRequest(PageRequest.MAX_LIMIT, null, false)));
    }

    private static List<String> names(Page<HumanSummary> page) {
        return page.items().stream().map(HumanSummary::lastName).toList();
    }

    private static List<UUID> ids(Page<HumanSummary> page) {
        return page.items().stream().map(human -> human.id().value()).toList();
    }

    private static List<UUID> ids(Stream<Human> humans) {
        return humans.map(Human::id).map(HumanId::value).toList();
    }
}
