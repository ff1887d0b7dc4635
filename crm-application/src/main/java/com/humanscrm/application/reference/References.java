package com.humanscrm.application.reference;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The humans, accounts, activities, pets and flights a request points to, checked and held: a record that another one is made to
 * point to exists, and cannot be deleted before the pointing one is stored. An unknown id is the
 * client's mistake, a field error under the name it was sent as.
 */
public final class References {

    private final HumanRepository humans;
    private final AccountRepository accounts;
    private final ActivityRepository activities;
    private final PetRepository pets;
    private final FlightRepository flights;

    public References(HumanRepository humans, AccountRepository accounts, ActivityRepository activities, PetRepository pets,
                      FlightRepository flights) {
        this.humans = humans;
        this.accounts = accounts;
        this.activities = activities;
        this.pets = pets;
        this.flights = flights;
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

    /** The flight with this id ({@code null}: none asked for), held; its seats are another matter (a row lock). */
    public FlightId flight(UUID id, String field) {
        return held(id, field, FlightId::new, flights::holdIfExists, RecordKind.FLIGHT);
    }

    /**
     * The pet with this id, if it belongs to {@code owner} ({@code null}: the owner is unknown, and only the pet is
     * checked); {@code null} when none is asked for.
     */
    public PetId petOf(UUID id, HumanId owner, String field) {
        if (id == null) {
            return null;
        }
        PetId pet = new PetId(id);
        HumanId human = pets.ownerHeld(pet).orElseThrow(() -> RuleViolationException.field(field, "no pet with this id"));
        if (owner != null && !owner.equals(human)) {
            throw RuleViolationException.field(field, "is not a pet of the human humanId names");
        }
        return pet;
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
