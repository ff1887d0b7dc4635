package com.humanscrm.application.detail;

import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.PetId;
import java.time.Instant;
import java.util.List;

/**
 * A human as its detail shows it: the record, its pets, the accounts it is linked to, its newest activities,
 * and the places it is interested in (its newest expressions of interest).
 */
public record HumanDetail(Human human, List<PetOfHuman> pets, List<AccountOfHuman> accounts,
                          List<ActivitySummary> recentActivities, List<Interest> geoInterests) {
    public HumanDetail {
        pets = List.copyOf(pets);
        accounts = List.copyOf(accounts);
        recentActivities = List.copyOf(recentActivities);
        geoInterests = List.copyOf(geoInterests);
    }

    /** One of the human's pets, as its detail names it; the rest of what is known of it is at the pet's own record. */
    public record PetOfHuman(PetId id, String name, Breed breed, boolean active) {
    }

    /** One expression of the human's interest in a place, with the place's names. */
    public record Interest(ExpressionId id, GeoInterestId geoInterestId, String city, String country,
                           ActivityId activityId, String notes, Instant createdAt) {
    }
}
