package com.humanscrm.application.testing;

import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** Activities in a map, newest first as the database's index gives them; Gmail and Front ids unique. */
public final class InMemoryActivityRepository implements ActivityRepository {

    /** The list's one order, as the database adapter's cursors name it. */
    public static final InMemoryPages.Order<Activity, Instant> NEWEST_FIRST = new InMemoryPages.Order<>(
            ActivityListQuery.ORDER, true, Activity::activityDate, Instant::toString, Instant::parse, activity -> activity.id().value());

    private final Map<ActivityId, Activity> activities = new ConcurrentHashMap<>();
    private Consumer<ActivityId> beforeRemoval = id -> { };

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Activity> findForChange(ActivityId id) {
        return findById(id);
    }

    @Override
    public Optional<Activity> findById(ActivityId id) {
        return Optional.ofNullable(activities.get(id));
    }

    @Override
    public synchronized void add(Activity activity) {
        refuseTakenIds(activity);
        if (activities.putIfAbsent(activity.id(), activity) != null) {
            throw ConflictException.duplicate("activity " + activity.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Activity activity) {
        Activity stored = activities.get(activity.id());
        if (stored == null || stored.version() != activity.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.ACTIVITY, activity.id());
        }
        refuseTakenIds(activity);
        activities.put(activity.id(), activity);
    }

    @Override
    public void remove(ActivityId id) {
        beforeRemoval.accept(id);
        activities.remove(id);
    }

    /** What the database's references do when an activity is deleted (the expressions voiced in it forget it). */
    public void onRemoval(Consumer<ActivityId> references) {
        this.beforeRemoval = references;
    }

    @Override
    public boolean holdIfExists(ActivityId id) {
        return activities.containsKey(id);
    }

    @Override
    public Page<Activity> list(ActivityListQuery query) {
        return InMemoryPages.page(activities.values().stream()
                .filter(activity -> query.humanId() == null || activity.humanId().equals(Optional.of(query.humanId())))
                .filter(activity -> query.accountId() == null || activity.accountId().equals(Optional.of(query.accountId())))
                .filter(activity -> query.type() == null || activity.type() == query.type())
                .filter(activity -> query.createdBy() == null || activity.createdBy().equals(query.createdBy()))
                .filter(activity -> query.dateFrom() == null || !activity.activityDate().isBefore(query.dateFrom()))
                .filter(activity -> query.dateTo() == null || !activity.activityDate().isAfter(query.dateTo()))
                .toList(), NEWEST_FIRST, query.page());
    }


    /** Every activity, in no order. */
    public Collection<Activity> all() {
        return List.copyOf(activities.values());
    }

    /** Whether an activity is about this human, as the database's reference to it would know. */
    public boolean mentions(HumanId human) {
        return activities.values().stream().anyMatch(activity -> activity.humanId().equals(Optional.of(human)));
    }

    /** Whether an activity is about this account. */
    public boolean mentions(AccountId account) {
        return activities.values().stream().anyMatch(activity -> activity.accountId().equals(Optional.of(account)));
    }

    private void refuseTakenIds(Activity activity) {
        refuseTaken(activity, Activity::gmailId, "Gmail");
        refuseTaken(activity, Activity::frontId, "Front");
    }

    private void refuseTaken(Activity activity, Function<Activity, Optional<String>> externalId, String source) {
        externalId.apply(activity).ifPresent(id -> {
            if (activities.values().stream().anyMatch(other -> !other.id().equals(activity.id())
                    && Objects.equals(externalId.apply(other).orElse(null), id))) {
                throw ConflictException.duplicate("Another activity has the " + source + " id " + id);
            }
        });
    }
}
