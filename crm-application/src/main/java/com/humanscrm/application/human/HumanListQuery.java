package com.humanscrm.application.human;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.Objects;

/**
 * A page of humans; each filter is optional. {@code q} matches parts of names, email addresses and
 * phone numbers, ignoring case.
 */
public record HumanListQuery(PartyStatus status, HumanType type, String q, Sort<HumanSortField> sort, PageRequest page) {

    public static final Sort<HumanSortField> DEFAULT_SORT = new Sort<>(HumanSortField.CREATED_AT, true);

    public HumanListQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null ? DEFAULT_SORT : sort;
        Objects.requireNonNull(page, "page");
    }
}
