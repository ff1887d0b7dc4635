package com.humanscrm.application.pet;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import java.util.Objects;

/** A page of pets; each filter is optional. {@code q} is the start of a word of the name, in any case. */
public record PetListQuery(HumanId humanId, Breed breed, Boolean active, String q, Sort<PetSortField> sort,
                           PageRequest page) {

    public static final Sort<PetSortField> DEFAULT_SORT = new Sort<>(PetSortField.CREATED_AT, true);

    public PetListQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null ? DEFAULT_SORT : sort;
        Objects.requireNonNull(page, "page");
    }
}
