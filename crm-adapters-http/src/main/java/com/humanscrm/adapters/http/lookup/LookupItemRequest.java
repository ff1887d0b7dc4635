package com.humanscrm.adapters.http.lookup;

/** A new item, or a new name for one: the name is all an item has, and its rules are the domain's. */
record LookupItemRequest(String name) {
}
