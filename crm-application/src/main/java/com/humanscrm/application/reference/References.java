package com.humanscrm.application.reference;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RecordId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The humans, accounts and activities a request points to, checked and held: a record that another one is made to
 * point to exists, and cannot be deleted before the pointing one is stored. An unknown id is the
 * client's mistake, a field error under the name it was sent as.
 */
public final class References {

    private final HumanRepository humans;
    private final AccountRepository accounts;
    private final ActivityRepository activities;

    public References(HumanRepository humans, AccountRepository accounts, ActivityRepository activities) {
        this.humans = humans;
        this.accounts = accounts;
        this.activities = activities;
    }

    /** The human with this id ({@code null}: none asked for). */
    public HumanId human(UUID id, String field) {
        return held(id, field, HumanId::new, humans::holdIfExists, RecordKind.HUMAN);
    }

    /** The account with this id ({@code null}: none asked for). */
    public AccountId account(UUID id, String field) {
        return held(id, field, AccountId::new, accounts::holdIfExists, RecordKind.ACCOUNT);
    }

    /** The activity with this id ({@code null}: none asked for). */
    public ActivityId activity(UUID id, String field) {
        return held(id, field, ActivityId::new, activities::holdIfExists, RecordKind.ACTIVITY);
    }

    private static <I extends RecordId> I held(UUID id, String field, Function<UUID, I> ofKind, Predicate<I> holdIfExists,
                                               RecordKind kind) {
        if (id == null) {
            return null;
        }
        I record = ofKind.apply(id);
        if (!holdIfExists.test(record)) {
            throw RuleViolationException.field(field, "no " + kind.words() + " with this id");
        }
        return record;
    }
}
