package com.humanscrm.application.document;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.document.RecordRef;

import java.util.Objects;

/** A page of documents, newest first; {@code attachedTo} ({@code null}: every record's) narrows it to one record. */
public record DocumentListQuery(RecordRef attachedTo, PageRequest page) {
    public DocumentListQuery {
        Objects.requireNonNull(page, "page");
    }
}
