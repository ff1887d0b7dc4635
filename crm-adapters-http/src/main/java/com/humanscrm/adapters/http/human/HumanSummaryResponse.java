package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanPhone;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A human in a list: enough to recognise and reach them; the detail has the rest. */
record HumanSummaryResponse(UUID id, String firstName, String middleName, String lastName, String status,
                            List<String> types, String primaryEmail, String primaryPhone, int version,
                            Instant createdAt, Instant updatedAt) {

    static HumanSummaryResponse from(Human human) {
        return new HumanSummaryResponse(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), HumanTypes.wireNames(human.types()),
                human.primaryEmail().map(HumanEmail::email).orElse(null),
                human.phones().stream().filter(HumanPhone::primary).map(HumanPhone::number).findFirst().orElse(null),
                human.version(), human.createdAt(), human.updatedAt());
    }
}
