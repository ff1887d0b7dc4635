package com.humanscrm.adapters.http.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.domain.account.HumanLink;
import java.time.Instant;
import java.util.UUID;

/**
 * A human linked to an account, in a role of the account-human-roles list; the account's detail adds who
 * the human is and how to reach them.
 */
record LinkResponse(UUID id, UUID humanId, LookupItemRef role, @JsonInclude(JsonInclude.Include.NON_NULL) LinkedHuman human,
                    Instant createdAt, Instant updatedAt) {

    static LinkResponse from(HumanLink link) {
        return new LinkResponse(link.id(), link.humanId().value(), LookupItemRef.of(link.role()), null, link.createdAt(),
                link.updatedAt());
    }

    static LinkResponse from(AccountDetail.LinkedHuman linked) {
        HumanLink link = linked.link();
        DetailReads.LinkedPerson human = linked.human();
        return new LinkResponse(link.id(), link.humanId().value(), LookupItemRef.of(link.role()),
                new LinkedHuman(human.firstName(), human.middleName(), human.lastName(), human.primaryEmail(),
                        human.primaryPhone()), link.createdAt(), link.updatedAt());
    }

    /** The linked human's names and primary email and phone number. */
    record LinkedHuman(String firstName, String middleName, String lastName, String primaryEmail, String primaryPhone) {
    }
}
