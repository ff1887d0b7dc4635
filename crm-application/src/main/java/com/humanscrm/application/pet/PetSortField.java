package com.humanscrm.application.pet;

import com.humanscrm.application.shared.Sort;

/** The orders a list of pets comes in; each is served by an index. */
public enum PetSortField implements Sort.Field {
    CREATED_AT("createdAt"), NAME("name");

    private final String apiName;

    PetSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
