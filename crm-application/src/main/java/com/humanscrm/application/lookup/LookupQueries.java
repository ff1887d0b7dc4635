package com.humanscrm.application.lookup;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;

public final class LookupQueries {

    private final LookupRepository lookups;

    public LookupQueries(LookupRepository lookups) {
        this.lookups = lookups;
    }

    public Page<LookupItem> list(Actor actor, LookupList list, PageRequest page) {
        actor.require(Permission.VIEW_RECORDS);
        return lookups.list(list, page);
    }
}
