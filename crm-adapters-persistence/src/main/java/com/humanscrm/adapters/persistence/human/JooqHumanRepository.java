package com.humanscrm.adapters.persistence.human;

import static com.humanscrm.adapters.persistence.jooq.Tables.HUMANS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_EMAILS;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_PHONES;
import static com.humanscrm.adapters.persistence.jooq.Tables.HUMAN_TYPES;
import static com.humanscrm.adapters.persistence.jooq.Tables.LOOKUP_ITEMS;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.humanscrm.adapters.persistence.jooq.Keys;
import com.humanscrm.adapters.persistence.shared.ChildRows;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.ContactRows;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RenderedQuery;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.adapters.persistence.shared.SearchText;
import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RecordKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record11;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Humans with their types, emails and phone numbers. A human is read in one statement however many
 * children it has; a list reads summaries.
 */
public final class JooqHumanRepository implements HumanRepository {

    private static final String TYPE = "type";

    /** A human's children, one row each, in one shape: what kind, its id, value, label, flags and times. */
    private static final Table<?> CHILD = select(
                    inline(ContactRows.EMAIL).as("kind"), HUMAN_EMAILS.ID.as("id"), HUMAN_EMAILS.EMAIL.as("value"),
                    HUMAN_EMAILS.LABEL_ID.as("label_id"), LOOKUP_ITEMS.NAME.as("label_name"), inline(false).as("has_whatsapp"),
                    HUMAN_EMAILS.IS_PRIMARY.as("is_primary"), HUMAN_EMAILS.CREATED_AT.as("created_at"),
                    HUMAN_EMAILS.UPDATED_AT.as("updated_at"))
            .from(HUMAN_EMAILS)
            .leftJoin(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(HUMAN_EMAILS.LABEL_ID))
            .where(HUMAN_EMAILS.HUMAN_ID.eq(HUMANS.ID))
            .unionAll(select(inline(ContactRows.PHONE), HUMAN_PHONES.ID, HUMAN_PHONES.NUMBER, HUMAN_PHONES.LABEL_ID, LOOKUP_ITEMS.NAME,
                    HUMAN_PHONES.HAS_WHATSAPP, HUMAN_PHONES.IS_PRIMARY, HUMAN_PHONES.CREATED_AT, HUMAN_PHONES.UPDATED_AT)
                    .from(HUMAN_PHONES)
                    .leftJoin(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(HUMAN_PHONES.LABEL_ID))
                    .where(HUMAN_PHONES.HUMAN_ID.eq(HUMANS.ID)))
            .unionAll(select(inline(TYPE), castNull(HUMAN_EMAILS.ID), HUMAN_TYPES.TYPE, castNull(HUMAN_EMAILS.LABEL_ID),
                    castNull(LOOKUP_ITEMS.NAME), castNull(HUMAN_PHONES.HAS_WHATSAPP), castNull(HUMAN_EMAILS.IS_PRIMARY),
                    castNull(HUMAN_EMAILS.CREATED_AT), castNull(HUMAN_EMAILS.UPDATED_AT))
                    .from(HUMAN_TYPES)
                    .where(HUMAN_TYPES.HUMAN_ID.eq(HUMANS.ID)))
            .asTable("child");
    private static final Table<?> CHILDREN = lateral(CHILD);
    private static final Field<String> CHILD_KIND = CHILD.field("kind", String.class);
    private static final Field<UUID> CHILD_ID = CHILD.field("id", UUID.class);
    private static final Field<String> CHILD_VALUE = CHILD.field("value", String.class);
    private static final Field<UUID> CHILD_LABEL_ID = CHILD.field("label_id", UUID.class);
    private static final Field<String> CHILD_LABEL_NAME = CHILD.field("label_name", String.class);
    private static final Field<Boolean> CHILD_HAS_WHATSAPP = CHILD.field("has_whatsapp", Boolean.class);
    private static final Field<Boolean> CHILD_PRIMARY = CHILD.field("is_primary", Boolean.class);
    private static final Field<Instant> CHILD_CREATED_AT = CHILD.field("created_at", Instant.class);
    private static final Field<Instant> CHILD_UPDATED_AT = CHILD.field("updated_at", Instant.class);
    /** The human's detail, one statement; the detail view sends it together with the relations' ({@code JooqDetailReads}). */
    public static final RenderedQuery FIND = new RenderedQuery(
            select(HUMANS.ID, HUMANS.FIRST_NAME, HUMANS.MIDDLE_NAME, HUMANS.LAST_NAME, HUMANS.STATUS, HUMANS.VERSION,
                    HUMANS.CREATED_AT, HUMANS.UPDATED_AT, CHILD_KIND, CHILD_ID, CHILD_VALUE, CHILD_LABEL_ID, CHILD_LABEL_NAME,
                    CHILD_HAS_WHATSAPP, CHILD_PRIMARY, CHILD_CREATED_AT, CHILD_UPDATED_AT)
                    .from(HUMANS)
                    .leftJoin(CHILDREN).on(DSL.trueCondition())
                    .where(HUMANS.ID.eq(DSL.param("id", UUID.class)))
                    .orderBy(CHILD_KIND, CHILD_CREATED_AT, CHILD_ID));

    private final DSLContext dsl;

    public JooqHumanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Human> findForChange(HumanId id) {
        return RowLocks.lockThenLoad(dsl, HUMANS.ID, id.value(), () -> findById(id));
    }

    /**
     * The human's row joined with its children, one row each (types, emails, phone numbers, as a UNION
     * ALL in a lateral subquery): one statement, so one snapshot and one round trip, every value a typed
     * column rather than nested JSON to parse, and the statement rendered once (the detail is the
     * hottest read of the API).
     */
    @Override
    public Optional<Human> findById(HumanId id) {
        return FIND.fetch(dsl, JooqHumanRepository::restored, id.value());
    }

    /** The rows of {@link #FIND}, read by position in its select list. */
    public static Optional<Human> restored(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        HumanId id = new HumanId(rows.getObject(1, UUID.class));
        String firstName = rows.getString(2);
        String middleName = rows.getString(3);
        String lastName = rows.getString(4);
        PartyStatus status = PartyStatus.fromWireName(rows.getString(5), "status");
        int version = rows.getInt(6);
        Instant createdAt = ContactRows.instant(rows, 7);
        Instant updatedAt = ContactRows.instant(rows, 8);
        Set<HumanType> types = EnumSet.noneOf(HumanType.class);
        List<ContactPoint<EmailAddress>> emails = new ArrayList<>();
        List<ContactPoint<PhoneNumber>> phones = new ArrayList<>();
        do {
            if (!ContactRows.read(rows, 9, emails, phones) && TYPE.equals(rows.getString(9))) {
                types.add(HumanType.fromWireName(rows.getString(11), "type"));
            }
            // Else the outer join's row of nulls: no child at all, which the domain refuses to restore.
        } while (rows.next());
        return Optional.of(HumanRows.restored(id, firstName, middleName, lastName, status, types, emails, phones,
                version, createdAt, updatedAt));
    }

    /**
     * One row per human, its types as an array and its primary email and phone number each from a
     * one-row index probe: no child rows are read, nor any JSON built or parsed.
     */
    @Override
    public Page<HumanSummary> list(HumanListQuery query) {
        Keyset<HumanSummary, ?> order = order(query.sort());
        Condition filter = filter(query);
        return order.page(
                selectSummaries()
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(Records.mapping(HumanSummary::new)),
                query.page(), () -> dsl.fetchCount(HUMANS, filter));
    }

    /** A human's summary: its types as an array, its primary email and phone number each from a one-row index probe. */
    private SelectJoinStep<Record11<HumanId, String, String, String, PartyStatus, Set<HumanType>, String, String, Integer,
            Instant, Instant>> selectSummaries() {
        return dsl.select(
                        HUMANS.ID.convertFrom(HumanId::new),
                        HUMANS.FIRST_NAME,
                        HUMANS.MIDDLE_NAME,
                        HUMANS.LAST_NAME,
                        status(),
                        DSL.array(select(HUMAN_TYPES.TYPE).from(HUMAN_TYPES).where(HUMAN_TYPES.HUMAN_ID.eq(HUMANS.ID)))
                                .convertFrom(JooqHumanRepository::types),
                        DSL.field(select(HUMAN_EMAILS.EMAIL).from(HUMAN_EMAILS)
                                .where(HUMAN_EMAILS.HUMAN_ID.eq(HUMANS.ID), HUMAN_EMAILS.IS_PRIMARY.isTrue())),
                        DSL.field(select(HUMAN_PHONES.NUMBER).from(HUMAN_PHONES)
                                .where(HUMAN_PHONES.HUMAN_ID.eq(HUMANS.ID), HUMAN_PHONES.IS_PRIMARY.isTrue())),
                        HUMANS.VERSION,
                        HUMANS.CREATED_AT,
                        HUMANS.UPDATED_AT)
                .from(HUMANS);
    }

    @Override
    public void add(Human human) {
        Conflicts.refuseDuplicate(() -> {
            dsl.insertInto(HUMANS).set(HumanRows.human(human)).execute();
            dsl.insertInto(HUMAN_TYPES, HUMAN_TYPES.fields()).valuesOfRecords(HumanRows.types(human)).execute();
            writeChildren(human);
        }, constraint -> duplicateMessage(constraint, human));
    }

    @Override
    public void update(Human human) {
        Conflicts.refuseDuplicate(() -> {
            Conflicts.updateIfCurrent(dsl, HumanRows.human(human), HUMANS.ID, HUMANS.VERSION, RecordKind.HUMAN);
            replaceTypes(human);
            // Removed children go first: one of them may hold the address or the primary flag that
            // a remaining child takes over.
            ChildRows.deleteOthers(dsl, HUMAN_EMAILS.HUMAN_ID, HUMAN_EMAILS.ID, human.id().value(),
                    human.emails().stream().map(ContactPoint::id).toList());
            ChildRows.deleteOthers(dsl, HUMAN_PHONES.HUMAN_ID, HUMAN_PHONES.ID, human.id().value(),
                    human.phones().stream().map(ContactPoint::id).toList());
            writeChildren(human);
        }, constraint -> duplicateMessage(constraint, human));
    }

    @Override
    public void remove(HumanId id) {
        Conflicts.refuseInUse(() -> dsl.deleteFrom(HUMANS).where(HUMANS.ID.eq(id.value())).execute(),
                constraint -> inUse(id, constraint));
    }

    private static String inUse(HumanId id, String constraint) {
        if (Keys.PETS__PETS_HUMAN_ID_FKEY.getName().equals(constraint)) {
            return "The human " + id + " has pets; delete them with the human, or give them to another human, first";
        }
        return Keys.BOOKINGS__BOOKINGS_HUMAN_ID_FKEY.getName().equals(constraint)
                ? "Bookings are in the name of the human " + id + "; they are history, and stay"
                : "Activities are about the human " + id + "; delete them, or make them about someone else, first";
    }

    @Override
    public boolean holdIfExists(HumanId id) {
        return RowLocks.holdIfExists(dsl, HUMANS.ID, id.value());
    }

    private static Field<PartyStatus> status() {
        return HUMANS.STATUS.convertFrom(status -> PartyStatus.fromWireName(status, "status"));
    }

    private static Set<HumanType> types(String[] wireNames) {
        Set<HumanType> types = EnumSet.noneOf(HumanType.class);
        for (String name : wireNames) {
            types.add(HumanType.fromWireName(name, "type"));
        }
        return types;
    }

    private static Condition filter(HumanListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.status() != null) {
            filter = filter.and(HUMANS.STATUS.eq(query.status().wireName()));
        }
        if (query.type() != null) {
            filter = filter.and(DSL.exists(DSL.selectOne().from(HUMAN_TYPES)
                    .where(HUMAN_TYPES.HUMAN_ID.eq(HUMANS.ID), HUMAN_TYPES.TYPE.eq(query.type().wireName()))));
        }
        if (query.q() != null) {
            filter = filter.and(SearchText.matches(HUMANS.SEARCH_TEXT, query.q()));
        }
        return filter;
    }

    private static Keyset<HumanSummary, ?> order(Sort<HumanSortField> sort) {
        return switch (sort.field()) {
            case CREATED_AT -> Keyset.byInstant(sort.token(), HUMANS.CREATED_AT, HUMANS.ID, sort.descending(),
                    HumanSummary::createdAt, human -> human.id().value());
            case LAST_NAME -> Keyset.byText(sort.token(), HUMANS.LAST_NAME, HUMANS.ID, sort.descending(),
                    HumanSummary::lastName, human -> human.id().value());
        };
    }

    private void replaceTypes(Human human) {
        String[] types = human.types().stream().map(HumanType::wireName).toArray(String[]::new);
        dsl.deleteFrom(HUMAN_TYPES)
                .where(HUMAN_TYPES.HUMAN_ID.eq(human.id().value()), HUMAN_TYPES.TYPE.ne(DSL.all(types)))
                .execute();
        dsl.insertInto(HUMAN_TYPES, HUMAN_TYPES.fields()).valuesOfRecords(HumanRows.types(human))
                .onConflictDoNothing()
                .execute();
    }

    private void writeChildren(Human human) {
        ChildRows.upsert(dsl, HUMAN_EMAILS.ID, HUMAN_EMAILS.IS_PRIMARY, HumanRows.emails(human));
        ChildRows.upsert(dsl, HUMAN_PHONES.ID, HUMAN_PHONES.IS_PRIMARY, HumanRows.phones(human));
    }

    private static String duplicateMessage(String constraint, Human human) {
        return Keys.HUMAN_EMAILS_HUMAN_ID_EMAIL_KEY.getName().equals(constraint)
                ? "The human " + human.id() + " has an email address twice"
                : "The human " + human.id() + " exists already";
    }
}
