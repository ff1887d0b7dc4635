package com.humanscrm.adapters.http.lookup;

import jakarta.validation.constraints.NotBlank;

/** A new item, or a new name for one: the name is all an item has. */
record LookupItemRequest(@NotBlank String name) {
}
