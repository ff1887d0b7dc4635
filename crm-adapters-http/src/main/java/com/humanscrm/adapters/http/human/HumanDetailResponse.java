package com.humanscrm.adapters.http.human;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.humanscrm.adapters.http.activity.ActivityResponse;
import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.detail.HumanDetail;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/humans/{id}}: the human, the accounts it is linked to in their roles, and its newest activities. */
record HumanDetailResponse(@JsonUnwrapped HumanResponse human, List<LinkedAccount> accounts,
                           List<ActivityResponse> recentActivities) implements Versioned {

    static HumanDetailResponse from(HumanDetail detail) {
        return new HumanDetailResponse(HumanResponse.from(detail.human()),
                detail.accounts().stream().map(LinkedAccount::from).toList(),
                detail.recentActivities().stream().map(ActivityResponse::from).toList());
    }

    @Override
    public int version() {
        return human.version();
    }

    /** One link of the human to an account; {@code linkId} is the link's id under {@code /api/accounts/{accountId}/humans}. */
    record LinkedAccount(UUID linkId, UUID accountId, String accountName, LookupItemRef role) {

        static LinkedAccount from(AccountOfHuman link) {
            return new LinkedAccount(link.linkId(), link.accountId().value(), link.accountName(), LookupItemRef.of(link.role()));
        }
    }
}
