package com.humanscrm.application.account;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.Objects;

/**
 * A page of accounts; each filter is optional. {@code q} matches parts of the name, email addresses and
 * phone numbers, ignoring case.
 */
public record AccountListQuery(PartyStatus status, LookupItemId typeId, String q, Sort<AccountSortField> sort,
                               PageRequest page) {

    public static final Sort<AccountSortField> DEFAULT_SORT = new Sort<>(AccountSortField.CREATED_AT, true);

    public AccountListQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null ? DEFAULT_SORT : sort;
        Objects.requireNonNull(page, "page");
    }
}
