package com.humanscrm.adapters.http.human;

import com.humanscrm.application.human.HumanSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A human in a list: enough to recognise and reach them; the detail has the rest. */
record HumanSummaryResponse(UUID id, String firstName, String middleName, String lastName, String status,
                            List<String> types, String primaryEmail, String primaryPhone, int version,
                            Instant createdAt, Instant updatedAt) {

    static HumanSummaryResponse from(HumanSummary human) {
        return new HumanSummaryResponse(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), HumanResponse.wireNames(human.types()), human.primaryEmail(), human.primaryPhone(),
                human.version(), human.createdAt(), human.updatedAt());
    }
}
