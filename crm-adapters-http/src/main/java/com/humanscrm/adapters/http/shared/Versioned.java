package com.humanscrm.adapters.http.shared;

/** A response record of a versioned record: {@link Responses} sends its version as the {@code ETag}. */
public interface Versioned {

    int version();
}
