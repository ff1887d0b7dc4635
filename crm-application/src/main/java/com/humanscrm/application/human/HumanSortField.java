package com.humanscrm.application.human;

import com.humanscrm.application.shared.Sort;

/** The orders a list of humans comes in; each is served by an index. */
public enum HumanSortField implements Sort.Field {
    CREATED_AT("createdAt"), LAST_NAME("lastName");

    private final String apiName;

    HumanSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
