package com.humanscrm.adapters.persistence.detail;

import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNTS;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNT_HUMANS;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACTIVITIES;
import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTERESTS;
import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTEREST_EXPRESSIONS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMANS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_EMAILS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_PHONES;
import static com.humanscrm.adapters.persistence.jooq.Tables.LOOKUP_ITEMS;
import static com.humanscrm.adapters.persistence.jooq.Tables.PETS;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectFrom;

import com.humanscrm.adapters.persistence.jooq.tables.Activities;
import com.humanscrm.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.GeoInterestExpressionsRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.PetsRecord;
import com.humanscrm.adapters.persistence.account.JooqAccountRepository;
import com.humanscrm.adapters.persistence.human.JooqHumanRepository;
import com.humanscrm.adapters.persistence.shared.ContactRows;
import com.humanscrm.adapters.persistence.shared.RenderedQuery;
import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.detail.HumanDetail;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.PetId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Select;
import org.jooq.Table;

/**
 * The detail views, each one round trip: the aggregate's own statement, then its relations', sent
 * together. The relations are a UNION ALL of rows of one shape (kind, position, id, three references,
 * five texts, a time), rendered once and read by position, as the aggregates' details are; each part
 * reads from an index, at most {@link #RECENT_ACTIVITIES} activities per part.
 */
public final class JooqDetailReads implements DetailReads {

    private static final String ACCOUNT = "account";
    private static final String HUMAN = "human";
    private static final String ACTIVITY = "activity";
    private static final String INTEREST = "interest";
    private static final String PET = "pet";
    private static final int LIMIT = RECENT_ACTIVITIES;

    /** The human's one statement, then its relations': one round trip. */
    private static final RenderedQuery.Together HUMAN_DETAIL = JooqHumanRepository.FIND.then(new RenderedQuery(ofHumanQuery()));
    private static final RenderedQuery.Together ACCOUNT_DETAIL =
            JooqAccountRepository.FIND.then(new RenderedQuery(ofAccountQuery()));

    private final DSLContext dsl;

    public JooqDetailReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<HumanDetail> human(HumanId id) {
        return HUMAN_DETAIL.fetch(dsl, JooqHumanRepository::restored, rows -> {
            List<HumanDetail.PetOfHuman> pets = new ArrayList<>();
            List<AccountOfHuman> accounts = new ArrayList<>();
            List<ActivitySummary> newest = new ArrayList<>();
            List<HumanDetail.Interest> interests = new ArrayList<>();
            while (rows.next()) {
                String kind = rows.getString(1);
                if (PET.equals(kind)) {
                    String breed = rows.getString(8);
                    pets.add(new HumanDetail.PetOfHuman(new PetId(rows.getObject(3, UUID.class)), rows.getString(7),
                            breed == null ? null : Breed.fromDisplayName(breed, "breed"), Boolean.parseBoolean(rows.getString(9))));
                } else if (ACCOUNT.equals(kind)) {
                    accounts.add(new AccountOfHuman(rows.getObject(3, UUID.class), new AccountId(rows.getObject(4, UUID.class)),
                            rows.getString(7), new Label(new LookupItemId(rows.getObject(5, UUID.class)), rows.getString(8))));
                } else if (INTEREST.equals(kind)) {
                    UUID activity = rows.getObject(5, UUID.class);
                    interests.add(new HumanDetail.Interest(new ExpressionId(rows.getObject(3, UUID.class)),
                            new GeoInterestId(rows.getObject(4, UUID.class)), rows.getString(7), rows.getString(8),
                            activity == null ? null : new ActivityId(activity), rows.getString(9), ContactRows.instant(rows, 12)));
                } else {
                    newest.add(activity(rows));
                }
            }
            return new HumanRelations(pets, accounts, newest, interests);
        }, (human, relations) -> human.map(found -> new HumanDetail(found, relations.pets(), relations.accounts(),
                        relations.activities(), relations.interests())),
                id.value(), id.value(), id.value(), id.value(), id.value());
    }

    @Override
    public Optional<AccountDetail> account(AccountId id) {
        return ACCOUNT_DETAIL.fetch(dsl, JooqAccountRepository::restored, rows -> {
            List<LinkedPerson> people = new ArrayList<>();
            List<ActivitySummary> newest = new ArrayList<>();
            while (rows.next()) {
                if (HUMAN.equals(rows.getString(1))) {
                    people.add(new LinkedPerson(new HumanId(rows.getObject(3, UUID.class)), rows.getString(7),
                            rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)));
                } else {
                    newest.add(activity(rows));
                }
            }
            return new AccountRelations(people, newest);
        }, (account, relations) -> account.map(found -> AccountDetail.of(found, relations.people(), relations.activities())),
                id.value(), id.value(), id.value(), id.value());
    }

    /** What an account's relations' rows hold: who its humans are, and the newest activities. */
    private record AccountRelations(List<LinkedPerson> people, List<ActivitySummary> activities) {
    }

    /** What a human's relations' rows hold. */
    private record HumanRelations(List<HumanDetail.PetOfHuman> pets, List<AccountOfHuman> accounts,
                                  List<ActivitySummary> activities, List<HumanDetail.Interest> interests) {
    }

    private static ActivitySummary activity(ResultSet rows) throws SQLException {
        UUID human = rows.getObject(4, UUID.class);
        UUID account = rows.getObject(5, UUID.class);
        return new ActivitySummary(new ActivityId(rows.getObject(3, UUID.class)), ActivityType.fromWireName(rows.getString(7), "type"),
                rows.getString(8), ContactRows.instant(rows, 12), human == null ? null : new HumanId(human),
                account == null ? null : new AccountId(account), new ColleagueId(rows.getObject(6, UUID.class)));
    }

    /** A human's pets by name, its links by account name then role, its newest activities and expressions of interest. */
    private static Select<?> ofHumanQuery() {
        Field<UUID> human = param("human", UUID.class);
        Table<ActivitiesRecord> newest = selectFrom(ACTIVITIES).where(ACTIVITIES.HUMAN_ID.eq(human))
                .orderBy(ACTIVITIES.ACTIVITY_DATE.desc(), ACTIVITIES.ID.desc()).limit(inline(LIMIT)).asTable("newest");
        return select(inline(ACCOUNT).as("kind"), rowNumber().over().orderBy(ACCOUNTS.NAME, LOOKUP_ITEMS.NAME).as("position"),
                        ACCOUNT_HUMANS.ID.as("id"), ACCOUNTS.ID.as("ref1"), LOOKUP_ITEMS.ID.as("ref2"), castNull(UUID.class).as("ref3"),
                        ACCOUNTS.NAME.as("text1"), LOOKUP_ITEMS.NAME.as("text2"), castNull(String.class).as("text3"),
                        castNull(String.class).as("text4"), castNull(String.class).as("text5"),
                        castNull(ACTIVITIES.ACTIVITY_DATE).as("at"))
                .from(ACCOUNT_HUMANS)
                .join(ACCOUNTS).on(ACCOUNTS.ID.eq(ACCOUNT_HUMANS.ACCOUNT_ID))
                .join(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(ACCOUNT_HUMANS.ROLE_ID))
                .where(ACCOUNT_HUMANS.HUMAN_ID.eq(human))
                .unionAll(activityRows(newest))
                .unionAll(interestRows(human))
                .unionAll(petRows(human))
                .orderBy(field("kind"), field("position"));
    }

    /**
     * The humans an account links (names, primary email and phone), and the newest activities of the
     * account and of each linked human, read from their indexes a few at a time, each once.
     */
    private static Select<?> ofAccountQuery() {
        Field<UUID> account = param("account", UUID.class);
        Field<String> primaryEmail = field(select(HUMAN_EMAILS.EMAIL).from(HUMAN_EMAILS)
                .where(HUMAN_EMAILS.HUMAN_ID.eq(HUMANS.ID), HUMAN_EMAILS.IS_PRIMARY.isTrue()));
        Field<String> primaryPhone = field(select(HUMAN_PHONES.NUMBER).from(HUMAN_PHONES)
                .where(HUMAN_PHONES.HUMAN_ID.eq(HUMANS.ID), HUMAN_PHONES.IS_PRIMARY.isTrue()));
        Table<?> linked = selectDistinct(ACCOUNT_HUMANS.HUMAN_ID).from(ACCOUNT_HUMANS)
                .where(ACCOUNT_HUMANS.ACCOUNT_ID.eq(account)).asTable("linked");
        Activities ofHuman = ACTIVITIES.as("of_human");
        Table<ActivitiesRecord> newestOfEach = lateral(selectFrom(ofHuman)
                .where(ofHuman.HUMAN_ID.eq(linked.field(ACCOUNT_HUMANS.HUMAN_ID)))
                .orderBy(ofHuman.ACTIVITY_DATE.desc(), ofHuman.ID.desc()).limit(inline(LIMIT))).asTable("newest_of_each");
        Table<ActivitiesRecord> ofAccount = selectFrom(ACTIVITIES).where(ACTIVITIES.ACCOUNT_ID.eq(account))
                .orderBy(ACTIVITIES.ACTIVITY_DATE.desc(), ACTIVITIES.ID.desc()).limit(inline(LIMIT)).asTable("of_account");
        Table<?> around = select(ofAccount.fields()).from(ofAccount)
                .union(select(newestOfEach.fields()).from(linked).crossJoin(newestOfEach))
                .asTable("around");
        Table<?> newest = selectFrom(around)
                .orderBy(around.field(ACTIVITIES.ACTIVITY_DATE).desc(), around.field(ACTIVITIES.ID).desc())
                .limit(inline(LIMIT)).asTable("newest");
        return select(inline(HUMAN).as("kind"), rowNumber().over().orderBy(HUMANS.ID).as("position"), HUMANS.ID.as("id"),
                        castNull(UUID.class).as("ref1"), castNull(UUID.class).as("ref2"), castNull(UUID.class).as("ref3"),
                        HUMANS.FIRST_NAME.as("text1"), HUMANS.MIDDLE_NAME.as("text2"), HUMANS.LAST_NAME.as("text3"),
                        primaryEmail.as("text4"), primaryPhone.as("text5"), castNull(ACTIVITIES.ACTIVITY_DATE).as("at"))
                .from(HUMANS)
                .where(HUMANS.ID.in(select(ACCOUNT_HUMANS.HUMAN_ID).from(ACCOUNT_HUMANS).where(ACCOUNT_HUMANS.ACCOUNT_ID.eq(account))))
                .unionAll(activityRows(newest))
                .orderBy(field("kind"), field("position"));
    }

    /** A human's newest expressions of interest with their places' names, in the shared shape. */
    private static Select<Record12<String, Integer, UUID, UUID, UUID, UUID, String, String, String, String, String, Instant>>
            interestRows(Field<UUID> human) {
        Table<GeoInterestExpressionsRecord> newest = selectFrom(GEO_INTEREST_EXPRESSIONS)
                .where(GEO_INTEREST_EXPRESSIONS.HUMAN_ID.eq(human))
                .orderBy(GEO_INTEREST_EXPRESSIONS.CREATED_AT.desc(), GEO_INTEREST_EXPRESSIONS.ID.desc())
                .limit(inline(RECENT_INTERESTS)).asTable("interests");
        Field<Instant> created = newest.field(GEO_INTEREST_EXPRESSIONS.CREATED_AT);
        Field<UUID> id = newest.field(GEO_INTEREST_EXPRESSIONS.ID);
        return select(inline(INTEREST), rowNumber().over().orderBy(created.desc(), id.desc()), id,
                GEO_INTERESTS.ID, newest.field(GEO_INTEREST_EXPRESSIONS.ACTIVITY_ID), castNull(UUID.class),
                GEO_INTERESTS.CITY, GEO_INTERESTS.COUNTRY, newest.field(GEO_INTEREST_EXPRESSIONS.NOTES),
                castNull(String.class), castNull(String.class), created)
                .from(newest)
                .join(GEO_INTERESTS).on(GEO_INTERESTS.ID.eq(newest.field(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID)));
    }

    /** A human's pets by name, in the shared shape; whether each is active as the text {@code true} or {@code false}. */
    private static Select<Record12<String, Integer, UUID, UUID, UUID, UUID, String, String, String, String, String, Instant>>
            petRows(Field<UUID> human) {
        Table<PetsRecord> pets = selectFrom(PETS).where(PETS.HUMAN_ID.eq(human)).orderBy(PETS.NAME, PETS.ID)
                .limit(inline(PETS_SHOWN)).asTable("pets");
        return select(inline(PET), rowNumber().over().orderBy(pets.field(PETS.NAME), pets.field(PETS.ID)), pets.field(PETS.ID),
                castNull(UUID.class), castNull(UUID.class), castNull(UUID.class), pets.field(PETS.NAME), pets.field(PETS.BREED),
                pets.field(PETS.IS_ACTIVE).cast(String.class), castNull(String.class), castNull(String.class),
                castNull(ACTIVITIES.ACTIVITY_DATE))
                .from(pets);
    }

    /** Activity rows in the shared shape, newest first by position. */
    private static Select<Record12<String, Integer, UUID, UUID, UUID, UUID, String, String, String, String, String, Instant>>
            activityRows(Table<?> activities) {
        Field<Instant> date = activities.field(ACTIVITIES.ACTIVITY_DATE);
        Field<UUID> id = activities.field(ACTIVITIES.ID);
        return select(inline(ACTIVITY), rowNumber().over().orderBy(date.desc(), id.desc()), id,
                activities.field(ACTIVITIES.HUMAN_ID), activities.field(ACTIVITIES.ACCOUNT_ID),
                activities.field(ACTIVITIES.CREATED_BY), activities.field(ACTIVITIES.TYPE),
                activities.field(ACTIVITIES.SUBJECT), castNull(String.class), castNull(String.class),
                castNull(String.class), date)
                .from(activities);
    }
}
