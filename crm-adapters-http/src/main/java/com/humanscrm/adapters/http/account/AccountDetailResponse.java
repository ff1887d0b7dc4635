package com.humanscrm.adapters.http.account;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.humanscrm.adapters.http.activity.ActivityResponse;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.detail.AccountDetail;
import java.util.List;

/**
 * {@code GET /api/accounts/{id}}: the account, each linked human with its names and primary contacts, and
 * the newest activities of the account and of those humans.
 */
record AccountDetailResponse(@JsonUnwrapped AccountResponse account, List<ActivityResponse> recentActivities)
        implements Versioned {

    static AccountDetailResponse from(AccountDetail detail) {
        return new AccountDetailResponse(AccountResponse.from(detail),
                detail.recentActivities().stream().map(ActivityResponse::from).toList());
    }

    @Override
    public int version() {
        return account.version();
    }
}
