package com.humanscrm.application.lookup;

import com.humanscrm.application.shared.Essentials;

/** What can be done with the lookup lists: read them, and (admins) add, rename and remove their items. */
public record LookupUseCases(LookupQueries queries, AddLookupItem add, RenameLookupItem rename, RemoveLookupItem remove) {

    public static LookupUseCases over(LookupRepository lookups, Essentials core) {
        return new LookupUseCases(new LookupQueries(lookups), new AddLookupItem(lookups, core.unitOfWork(), core.audit(), core.clock()),
                new RenameLookupItem(lookups, core.unitOfWork(), core.audit(), core.clock()),
                new RemoveLookupItem(lookups, core.unitOfWork(), core.audit()));
    }
}
