package com.humanscrm.application.account;

import com.humanscrm.application.shared.Sort;

/** The orders a list of accounts comes in; each is served by an index. */
public enum AccountSortField implements Sort.Field {
    CREATED_AT("createdAt"), NAME("name");

    private final String apiName;

    AccountSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
