package com.humanscrm.adapters.persistence.activity;

import static com.humanscrm.adapters.persistence.jooq.Tables.ACTIVITIES;

import com.humanscrm.adapters.persistence.jooq.Keys;
import com.humanscrm.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Activities, one row each; every list is a range scan of an index in the list's order (newest first). */
public final class JooqActivityRepository implements ActivityRepository {

    private final DSLContext dsl;

    public JooqActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Activity> findById(ActivityId id) {
        return dsl.selectFrom(ACTIVITIES).where(ACTIVITIES.ID.eq(id.value())).fetchOptional(JooqActivityRepository::restored);
    }

    @Override
    public Optional<Activity> findForChange(ActivityId id) {
        return RowLocks.lockThenLoad(dsl, ACTIVITIES.ID, id.value(), () -> findById(id));
    }

    @Override
    public void add(Activity activity) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(ACTIVITIES).set(row(activity)).execute(),
                constraint -> duplicateMessage(constraint, activity));
    }

    @Override
    public void update(Activity activity) {
        Conflicts.refuseDuplicate(() -> Conflicts.updateIfCurrent(dsl, row(activity), ACTIVITIES.ID, ACTIVITIES.VERSION,
                RecordKind.ACTIVITY, ACTIVITIES.CREATED_BY, ACTIVITIES.CREATED_AT), constraint -> duplicateMessage(constraint, activity));
    }

    @Override
    public void remove(ActivityId id) {
        dsl.deleteFrom(ACTIVITIES).where(ACTIVITIES.ID.eq(id.value())).execute();
    }

    @Override
    public boolean holdIfExists(ActivityId id) {
        return RowLocks.holdIfExists(dsl, ACTIVITIES.ID, id.value());
    }

    @Override
    public Page<Activity> list(ActivityListQuery query) {
        Keyset<Activity, ?> order = Keyset.byInstant(ActivityListQuery.ORDER, ACTIVITIES.ACTIVITY_DATE, ACTIVITIES.ID, true,
                Activity::activityDate, activity -> activity.id().value());
        Condition filter = filter(query);
        return order.page(dsl.selectFrom(ACTIVITIES)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqActivityRepository::restored),
                query.page(), () -> dsl.fetchCount(ACTIVITIES, filter));
    }

    private static Condition filter(ActivityListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.humanId() != null) {
            filter = filter.and(ACTIVITIES.HUMAN_ID.eq(query.humanId().value()));
        }
        if (query.accountId() != null) {
            filter = filter.and(ACTIVITIES.ACCOUNT_ID.eq(query.accountId().value()));
        }
        if (query.type() != null) {
            filter = filter.and(ACTIVITIES.TYPE.eq(query.type().wireName()));
        }
        if (query.createdBy() != null) {
            filter = filter.and(ACTIVITIES.CREATED_BY.eq(query.createdBy().value()));
        }
        if (query.dateFrom() != null) {
            filter = filter.and(ACTIVITIES.ACTIVITY_DATE.ge(query.dateFrom()));
        }
        if (query.dateTo() != null) {
            filter = filter.and(ACTIVITIES.ACTIVITY_DATE.le(query.dateTo()));
        }
        return filter;
    }

    private static Activity restored(Record record) {
        ActivitiesRecord row = record.into(ACTIVITIES);
        return Activity.restore(new ActivityId(row.getId()), new Activity.Fields(
                        ActivityType.fromWireName(row.getType(), "type"), row.getSubject(), row.getNotes(),
                        row.getActivityDate(), row.getHumanId() == null ? null : new HumanId(row.getHumanId()),
                        row.getAccountId() == null ? null : new AccountId(row.getAccountId()), row.getGmailId(),
                        row.getFrontId()),
                new ColleagueId(row.getCreatedBy()), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static ActivitiesRecord row(Activity activity) {
        return new ActivitiesRecord(activity.id().value(), activity.type().wireName(), activity.subject().orElse(null),
                activity.notes().orElse(null), activity.activityDate(), activity.humanId().map(HumanId::value).orElse(null),
                activity.accountId().map(AccountId::value).orElse(null), activity.gmailId().orElse(null),
                activity.frontId().orElse(null), activity.createdBy().value(), activity.version(), activity.createdAt(),
                activity.updatedAt());
    }

    private static String duplicateMessage(String constraint, Activity activity) {
        if (Keys.ACTIVITIES_GMAIL_ID_KEY.getName().equals(constraint)) {
            return "Another activity has the Gmail id " + activity.gmailId().orElse("");
        }
        return Keys.ACTIVITIES_FRONT_ID_KEY.getName().equals(constraint)
                ? "Another activity has the Front id " + activity.frontId().orElse("")
                : "The activity " + activity.id() + " exists already";
    }
}
