package com.humanscrm.adapters.http.lookup;

import com.humanscrm.domain.lookup.LookupList;

/** A list by its URL slug ({@code human-email-labels}) and a name to show ({@code Human email labels}). */
record LookupListResponse(String slug, String name) {

    static LookupListResponse from(LookupList list) {
        String words = list.slug().replace('-', ' ');
        return new LookupListResponse(list.slug(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
}
