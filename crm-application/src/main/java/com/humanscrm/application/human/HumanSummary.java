package com.humanscrm.application.human;

import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A human as a list shows it: enough to recognise and reach them. A list reads only this, one row per
 * human with its primary email and phone number, never the whole aggregate: the detail has the rest.
 */
public record HumanSummary(HumanId id, String firstName, String middleName, String lastName, PartyStatus status,
                           Set<HumanType> types, String primaryEmail, String primaryPhone, int version,
                           Instant createdAt, Instant updatedAt) {

    public HumanSummary {
        // In the enum's order, whatever order the store gave them in.
        Set<HumanType> ordered = EnumSet.noneOf(HumanType.class);
        ordered.addAll(types);
        types = Collections.unmodifiableSet(ordered);
    }

    /** What a list answers for this human. */
    public static HumanSummary of(Human human) {
        return new HumanSummary(human.id(), human.firstName(), human.middleName(), human.lastName(), human.status(),
                human.types(), human.primaryEmail().map(email -> email.value().address()).orElse(null),
                human.contacts().phones().primary().map(phone -> phone.value().number()).orElse(null),
                human.version(), human.createdAt(), human.updatedAt());
    }
}
