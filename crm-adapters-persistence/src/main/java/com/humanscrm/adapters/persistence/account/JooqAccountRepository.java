package com.humanscrm.adapters.persistence.account;

import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNTS;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNT_EMAILS;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNT_HUMANS;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNT_PHONES;
import static com.humanscrm.adapters.persistence.jooq.Tables.ACCOUNT_TYPES;
import static com.humanscrm.adapters.persistence.jooq.Tables.LOOKUP_ITEMS;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.humanscrm.adapters.persistence.jooq.Keys;
import com.humanscrm.adapters.persistence.jooq.tables.records.AccountEmailsRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.AccountHumansRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.AccountPhonesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.AccountTypesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.AccountsRecord;
import com.humanscrm.adapters.persistence.shared.ChildRows;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.ContactRows;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RenderedQuery;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.adapters.persistence.shared.SearchText;
import com.humanscrm.application.account.AccountListQuery;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.account.AccountSortField;
import com.humanscrm.application.account.AccountSummary;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RecordKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Accounts with their types, emails and phone numbers, in the shape humans set: the detail is one
 * statement rendered once, a list reads summaries, the children are written by {@link ContactRows}.
 */
public final class JooqAccountRepository implements AccountRepository {

    private static final String TYPE = "type";
    private static final String LINK = "link";

    /**
     * An account's children, one row each, in the shape {@link ContactRows#read} takes; a type's row holds
     * its item's id and name, a link's its id, its human's id as the value and its role as the label.
     */
    private static final Table<?> CHILD = select(
                    inline(ContactRows.EMAIL).as("kind"), ACCOUNT_EMAILS.ID.as("id"), ACCOUNT_EMAILS.EMAIL.as("value"),
                    ACCOUNT_EMAILS.LABEL_ID.as("label_id"), LOOKUP_ITEMS.NAME.as("label_name"), inline(false).as("has_whatsapp"),
                    ACCOUNT_EMAILS.IS_PRIMARY.as("is_primary"), ACCOUNT_EMAILS.CREATED_AT.as("created_at"),
                    ACCOUNT_EMAILS.UPDATED_AT.as("updated_at"))
            .from(ACCOUNT_EMAILS)
            .leftJoin(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(ACCOUNT_EMAILS.LABEL_ID))
            .where(ACCOUNT_EMAILS.ACCOUNT_ID.eq(ACCOUNTS.ID))
            .unionAll(select(inline(ContactRows.PHONE), ACCOUNT_PHONES.ID, ACCOUNT_PHONES.NUMBER, ACCOUNT_PHONES.LABEL_ID,
                    LOOKUP_ITEMS.NAME, ACCOUNT_PHONES.HAS_WHATSAPP, ACCOUNT_PHONES.IS_PRIMARY, ACCOUNT_PHONES.CREATED_AT,
                    ACCOUNT_PHONES.UPDATED_AT)
                    .from(ACCOUNT_PHONES)
                    .leftJoin(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(ACCOUNT_PHONES.LABEL_ID))
                    .where(ACCOUNT_PHONES.ACCOUNT_ID.eq(ACCOUNTS.ID)))
            .unionAll(select(inline(TYPE), LOOKUP_ITEMS.ID, LOOKUP_ITEMS.NAME, castNull(ACCOUNT_EMAILS.LABEL_ID),
                    castNull(LOOKUP_ITEMS.NAME), castNull(ACCOUNT_PHONES.HAS_WHATSAPP), castNull(ACCOUNT_EMAILS.IS_PRIMARY),
                    castNull(ACCOUNT_EMAILS.CREATED_AT), castNull(ACCOUNT_EMAILS.UPDATED_AT))
                    .from(ACCOUNT_TYPES)
                    .join(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(ACCOUNT_TYPES.TYPE_ID))
                    .where(ACCOUNT_TYPES.ACCOUNT_ID.eq(ACCOUNTS.ID)))
            .unionAll(select(inline(LINK), ACCOUNT_HUMANS.ID, ACCOUNT_HUMANS.HUMAN_ID.cast(SQLDataType.CLOB),
                    ACCOUNT_HUMANS.ROLE_ID, LOOKUP_ITEMS.NAME, castNull(ACCOUNT_PHONES.HAS_WHATSAPP),
                    castNull(ACCOUNT_EMAILS.IS_PRIMARY), ACCOUNT_HUMANS.CREATED_AT, ACCOUNT_HUMANS.UPDATED_AT)
                    .from(ACCOUNT_HUMANS)
                    .join(LOOKUP_ITEMS).on(LOOKUP_ITEMS.ID.eq(ACCOUNT_HUMANS.ROLE_ID))
                    .where(ACCOUNT_HUMANS.ACCOUNT_ID.eq(ACCOUNTS.ID)))
            .asTable("child");
    private static final Field<String> CHILD_KIND = CHILD.field("kind", String.class);
    private static final Field<UUID> CHILD_ID = CHILD.field("id", UUID.class);
    private static final Field<?> CHILD_CREATED_AT = CHILD.field("created_at");
    /** The account's detail, one statement; the detail view sends it together with the relations' ({@code JooqDetailReads}). */
    public static final RenderedQuery FIND = new RenderedQuery(
            select(ACCOUNTS.ID, ACCOUNTS.NAME, ACCOUNTS.STATUS, ACCOUNTS.VERSION, ACCOUNTS.CREATED_AT, ACCOUNTS.UPDATED_AT)
                    .select(CHILD.fields())
                    .from(ACCOUNTS)
                    .leftJoin(lateral(CHILD)).on(DSL.trueCondition())
                    .where(ACCOUNTS.ID.eq(DSL.param("id", UUID.class)))
                    .orderBy(CHILD_KIND, CHILD_CREATED_AT, CHILD_ID));
    /** The column of {@link #FIND} where the child's own begin. */
    private static final int FIRST_CHILD_COLUMN = 7;

    private final DSLContext dsl;

    public JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return FIND.fetch(dsl, JooqAccountRepository::restored, id.value());
    }

    @Override
    public Optional<Account> findForChange(AccountId id) {
        return RowLocks.lockThenLoad(dsl, ACCOUNTS.ID, id.value(), () -> findById(id));
    }

    /** The rows of {@link #FIND}, read by position in its select list. */
    public static Optional<Account> restored(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        AccountId id = new AccountId(rows.getObject(1, UUID.class));
        String name = rows.getString(2);
        PartyStatus status = PartyStatus.fromWireName(rows.getString(3), "status");
        int version = rows.getInt(4);
        var createdAt = ContactRows.instant(rows, 5);
        var updatedAt = ContactRows.instant(rows, 6);
        List<Label> types = new ArrayList<>();
        List<ContactPoint<EmailAddress>> emails = new ArrayList<>();
        List<ContactPoint<PhoneNumber>> phones = new ArrayList<>();
        List<HumanLink> links = new ArrayList<>();
        do {
            if (ContactRows.read(rows, FIRST_CHILD_COLUMN, emails, phones)) {
                continue;
            }
            String kind = rows.getString(FIRST_CHILD_COLUMN);
            if (TYPE.equals(kind)) {
                types.add(new Label(new LookupItemId(rows.getObject(FIRST_CHILD_COLUMN + 1, UUID.class)),
                        rows.getString(FIRST_CHILD_COLUMN + 2)));
            } else if (LINK.equals(kind)) {
                links.add(new HumanLink(rows.getObject(FIRST_CHILD_COLUMN + 1, UUID.class),
                        new HumanId(UUID.fromString(rows.getString(FIRST_CHILD_COLUMN + 2))),
                        ContactRows.label(rows, FIRST_CHILD_COLUMN + 3),
                        ContactRows.instant(rows, FIRST_CHILD_COLUMN + 7), ContactRows.instant(rows, FIRST_CHILD_COLUMN + 8)));
            }
            // Else the outer join's row of nulls: an account with no child at all.
        } while (rows.next());
        return Optional.of(Account.restore(id, name, status, types,
                new Contacts(ContactPoints.restore(ContactField.EMAILS, emails), ContactPoints.restore(ContactField.PHONES, phones)),
                links, version, createdAt, updatedAt));
    }

    /**
     * One row per account, its types as two arrays in one order (ids and names) and its primary email and
     * phone number each from a one-row index probe.
     */
    @Override
    public Page<AccountSummary> list(AccountListQuery query) {
        Keyset<AccountSummary, ?> order = order(query.sort());
        Condition filter = filter(query);
        Field<UUID[]> typeIds = DSL.array(select(LOOKUP_ITEMS.ID).from(ACCOUNT_TYPES).join(LOOKUP_ITEMS)
                .on(LOOKUP_ITEMS.ID.eq(ACCOUNT_TYPES.TYPE_ID)).where(ACCOUNT_TYPES.ACCOUNT_ID.eq(ACCOUNTS.ID))
                .orderBy(LOOKUP_ITEMS.ID));
        Field<String[]> typeNames = DSL.array(select(LOOKUP_ITEMS.NAME).from(ACCOUNT_TYPES).join(LOOKUP_ITEMS)
                .on(LOOKUP_ITEMS.ID.eq(ACCOUNT_TYPES.TYPE_ID)).where(ACCOUNT_TYPES.ACCOUNT_ID.eq(ACCOUNTS.ID))
                .orderBy(LOOKUP_ITEMS.ID));
        Field<String> primaryEmail = DSL.field(select(ACCOUNT_EMAILS.EMAIL).from(ACCOUNT_EMAILS)
                .where(ACCOUNT_EMAILS.ACCOUNT_ID.eq(ACCOUNTS.ID), ACCOUNT_EMAILS.IS_PRIMARY.isTrue()));
        Field<String> primaryPhone = DSL.field(select(ACCOUNT_PHONES.NUMBER).from(ACCOUNT_PHONES)
                .where(ACCOUNT_PHONES.ACCOUNT_ID.eq(ACCOUNTS.ID), ACCOUNT_PHONES.IS_PRIMARY.isTrue()));
        return order.page(
                dsl.select(ACCOUNTS.ID, ACCOUNTS.NAME, ACCOUNTS.STATUS, typeIds, typeNames, primaryEmail, primaryPhone,
                                ACCOUNTS.VERSION, ACCOUNTS.CREATED_AT, ACCOUNTS.UPDATED_AT)
                        .from(ACCOUNTS)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(row -> new AccountSummary(new AccountId(row.get(ACCOUNTS.ID)), row.get(ACCOUNTS.NAME),
                                PartyStatus.fromWireName(row.get(ACCOUNTS.STATUS), "status"),
                                types(row.get(typeIds), row.get(typeNames)), row.get(primaryEmail), row.get(primaryPhone),
                                row.get(ACCOUNTS.VERSION), row.get(ACCOUNTS.CREATED_AT), row.get(ACCOUNTS.UPDATED_AT))),
                query.page(), () -> dsl.fetchCount(ACCOUNTS, filter));
    }

    @Override
    public void add(Account account) {
        Conflicts.refuseDuplicate(() -> {
            dsl.insertInto(ACCOUNTS).set(row(account)).execute();
            insertTypes(account);
            writeChildren(account);
        }, constraint -> duplicateMessage(constraint, account));
    }

    @Override
    public void update(Account account) {
        Conflicts.refuseDuplicate(() -> {
            Conflicts.updateIfCurrent(dsl, row(account), ACCOUNTS.ID, ACCOUNTS.VERSION, RecordKind.ACCOUNT);
            UUID[] kept = account.types().stream().map(type -> type.id().value()).toArray(UUID[]::new);
            dsl.deleteFrom(ACCOUNT_TYPES)
                    .where(ACCOUNT_TYPES.ACCOUNT_ID.eq(account.id().value()), ACCOUNT_TYPES.TYPE_ID.ne(DSL.all(kept)))
                    .execute();
            insertTypes(account);
            // Removed children go first: one of them may hold the address or the primary flag that
            // a remaining child takes over.
            ChildRows.deleteOthers(dsl, ACCOUNT_EMAILS.ACCOUNT_ID, ACCOUNT_EMAILS.ID, account.id().value(),
                    account.emails().stream().map(ContactPoint::id).toList());
            ChildRows.deleteOthers(dsl, ACCOUNT_PHONES.ACCOUNT_ID, ACCOUNT_PHONES.ID, account.id().value(),
                    account.phones().stream().map(ContactPoint::id).toList());
            ChildRows.deleteOthers(dsl, ACCOUNT_HUMANS.ACCOUNT_ID, ACCOUNT_HUMANS.ID, account.id().value(),
                    account.links().stream().map(HumanLink::id).toList());
            writeChildren(account);
        }, constraint -> duplicateMessage(constraint, account));
    }

    @Override
    public void remove(AccountId id) {
        Conflicts.refuseInUse(() -> dsl.deleteFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value())).execute(),
                "Activities are about the account " + id + "; delete them, or make them about someone else, first");
    }

    @Override
    public boolean holdIfExists(AccountId id) {
        return RowLocks.holdIfExists(dsl, ACCOUNTS.ID, id.value());
    }

    private static Condition filter(AccountListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.status() != null) {
            filter = filter.and(ACCOUNTS.STATUS.eq(query.status().wireName()));
        }
        if (query.typeId() != null) {
            filter = filter.and(DSL.exists(DSL.selectOne().from(ACCOUNT_TYPES)
                    .where(ACCOUNT_TYPES.ACCOUNT_ID.eq(ACCOUNTS.ID), ACCOUNT_TYPES.TYPE_ID.eq(query.typeId().value()))));
        }
        if (query.q() != null) {
            filter = filter.and(SearchText.matches(ACCOUNTS.SEARCH_TEXT, query.q()));
        }
        return filter;
    }

    private static Keyset<AccountSummary, ?> order(Sort<AccountSortField> sort) {
        return switch (sort.field()) {
            case CREATED_AT -> Keyset.byInstant(sort.token(), ACCOUNTS.CREATED_AT, ACCOUNTS.ID, sort.descending(),
                    AccountSummary::createdAt, account -> account.id().value());
            case NAME -> Keyset.byText(sort.token(), ACCOUNTS.NAME, ACCOUNTS.ID, sort.descending(),
                    AccountSummary::name, account -> account.id().value());
        };
    }

    private static List<Label> types(UUID[] ids, String[] names) {
        List<Label> types = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            types.add(new Label(new LookupItemId(ids[i]), names[i]));
        }
        return types;
    }

    private void insertTypes(Account account) {
        if (account.types().isEmpty()) {
            return;
        }
        dsl.insertInto(ACCOUNT_TYPES, ACCOUNT_TYPES.fields())
                .valuesOfRecords(account.types().stream()
                        .map(type -> new AccountTypesRecord(account.id().value(), type.id().value())).toList())
                .onConflictDoNothing()
                .execute();
    }

    private void writeChildren(Account account) {
        UUID owner = account.id().value();
        ChildRows.upsert(dsl, ACCOUNT_EMAILS.ID, ACCOUNT_EMAILS.IS_PRIMARY, account.emails().stream()
                .map(email -> new AccountEmailsRecord(email.id(), owner, email.value().address(),
                        ContactRows.labelId(email.label()), email.primary(), email.createdAt(), email.updatedAt()))
                .toList());
        ChildRows.upsert(dsl, ACCOUNT_PHONES.ID, ACCOUNT_PHONES.IS_PRIMARY, account.phones().stream()
                .map(phone -> new AccountPhonesRecord(phone.id(), owner, phone.value().number(),
                        ContactRows.labelId(phone.label()), phone.value().hasWhatsapp(), phone.primary(),
                        phone.createdAt(), phone.updatedAt()))
                .toList());
        ChildRows.upsert(dsl, ACCOUNT_HUMANS.ID, account.links().stream()
                .map(link -> new AccountHumansRecord(link.id(), owner, link.humanId().value(), link.role().id().value(),
                        link.createdAt(), link.updatedAt()))
                .toList());
    }

    private static AccountsRecord row(Account account) {
        return new AccountsRecord(account.id().value(), account.name(), account.status().wireName(),
                SearchText.of(account.contacts(), account.name()), account.version(), account.createdAt(), account.updatedAt());
    }

    private static String duplicateMessage(String constraint, Account account) {
        if (Keys.ACCOUNT_EMAILS_ACCOUNT_ID_EMAIL_KEY.getName().equals(constraint)) {
            return "The account " + account.id() + " has an email address twice";
        }
        return Keys.ACCOUNT_HUMANS_ACCOUNT_ID_HUMAN_ID_ROLE_ID_KEY.getName().equals(constraint)
                ? "The account " + account.id() + " links a human in the same role twice"
                : "The account " + account.id() + " exists already";
    }
}
