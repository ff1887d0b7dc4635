package com.humanscrm.adapters.http.shared;

/** The envelope of a single record: {@code {"data": {...}}}. */
public record DataResponse<T>(T data) {
}
