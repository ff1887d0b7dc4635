package com.humanscrm.application.testing.contract;

import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;

/** A contract of records that carry labels or types from the lookup lists: items of its own to use. */
public abstract class LabelledRecordsContract extends RepositoryContract {

    /** Where the labels and types live; the records reference its items. */
    protected abstract LookupRepository lookups();

    /** A new item of {@code list}, named with this test's token. */
    protected final LookupItem labelItem(LookupList list) {
        LookupItem item = LookupItem.create(list, "Label " + token + " " + letters(4), clock);
        inTransaction(() -> lookups().add(item));
        return item;
    }

    protected final Label label(LookupList list) {
        return labelItem(list).asLabel();
    }
}
