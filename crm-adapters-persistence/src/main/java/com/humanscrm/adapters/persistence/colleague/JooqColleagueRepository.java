package com.humanscrm.adapters.persistence.colleague;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.persistence.jooq.Tables.COLLEAGUES;

import com.humanscrm.adapters.persistence.jooq.Keys;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Colleagues; emails are {@code citext}, unique and compared without regard to case. A change to a
 * colleague changes what their API keys and sessions may do, so every update is announced through
 * {@link CredentialChanges}: no instance keeps answering with the colleague as they were.
 */
public final class JooqColleagueRepository implements ColleagueRepository {


    private final DSLContext dsl;
    private final CredentialChanges changes;

    public JooqColleagueRepository(DSLContext dsl, CredentialChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    @Override
    public Optional<Colleague> findForChange(ColleagueId id) {
        // One row, no children: the row lock and the read are one statement.
        return dsl.selectFrom(COLLEAGUES).where(COLLEAGUES.ID.eq(id.value())).forNoKeyUpdate().fetchOptional(ColleagueRows::colleague);
    }

    @Override
    public Optional<Colleague> findById(ColleagueId id) {
        return dsl.selectFrom(COLLEAGUES).where(COLLEAGUES.ID.eq(id.value())).fetchOptional(ColleagueRows::colleague);
    }

    @Override
    public Optional<Colleague> findByEmail(String email) {
        return dsl.selectFrom(COLLEAGUES).where(COLLEAGUES.EMAIL.eq(email)).fetchOptional(ColleagueRows::colleague);
    }

    @Override
    public Optional<Colleague> findByGoogleId(String googleId) {
        return dsl.selectFrom(COLLEAGUES).where(COLLEAGUES.GOOGLE_ID.eq(googleId)).fetchOptional(ColleagueRows::colleague);
    }

    @Override
    public void add(Colleague colleague) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(COLLEAGUES).set(ColleagueRows.row(colleague)).execute(),
                constraint -> duplicateMessage(constraint, colleague));
    }

    @Override
    public void update(Colleague colleague) {
        Conflicts.refuseDuplicate(
                () -> Conflicts.updateIfCurrent(dsl, ColleagueRows.row(colleague), COLLEAGUES.ID, COLLEAGUES.VERSION,
                        RecordKind.COLLEAGUE),
                constraint -> duplicateMessage(constraint, colleague));
        changes.announce();
    }

    @Override
    public Page<Colleague> list(Boolean active, PageRequest page) {
        Keyset<Colleague, ?> order = Keyset.byInstant("createdAt", COLLEAGUES.CREATED_AT, COLLEAGUES.ID, false,
                Colleague::createdAt, colleague -> colleague.id().value());
        Condition filter = active == null ? DSL.noCondition() : COLLEAGUES.IS_ACTIVE.eq(active);
        return order.page(
                dsl.selectFrom(COLLEAGUES)
                        .where(filter, order.after(page.cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(page))
                        .fetch(ColleagueRows::colleague),
                page, () -> dsl.fetchCount(COLLEAGUES, filter));
    }

    private static String duplicateMessage(String constraint, Colleague colleague) {
        return Keys.COLLEAGUES_GOOGLE_ID_KEY.getName().equals(constraint)
                ? "Another colleague signs in with the same Google account"
                : "A colleague with the email " + colleague.email() + " exists already";
    }
}
