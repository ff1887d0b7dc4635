package com.humanscrm.adapters.http.human;

import com.humanscrm.adapters.http.contact.EmailResponse;
import com.humanscrm.adapters.http.contact.PhoneResponse;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A human in full, as {@code GET /api/humans/{id}} shows it. */
record HumanResponse(UUID id, String firstName, String middleName, String lastName, String status, List<String> types,
                     List<EmailResponse> emails, List<PhoneResponse> phones, int version, Instant createdAt,
                     Instant updatedAt) implements Versioned {

    static HumanResponse from(Human human) {
        return new HumanResponse(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), wireNames(human.types()),
                human.emails().stream().map(EmailResponse::from).toList(),
                human.phones().stream().map(PhoneResponse::from).toList(),
                human.version(), human.createdAt(), human.updatedAt());
    }

    static List<String> wireNames(Set<HumanType> types) {
        return types.stream().map(HumanType::wireName).toList();
    }
}
