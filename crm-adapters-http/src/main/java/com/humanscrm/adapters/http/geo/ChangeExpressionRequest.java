package com.humanscrm.adapters.http.geo;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** {@code PATCH /api/geo-interest-expressions/{id}}: the notes, the one field that changes; {@code null} clears them. */
record ChangeExpressionRequest(@NotNull(message = "is required: the notes are the one field that changes") Optional<String> notes) {

    String notesOrNull() {
        return notes.orElse(null);
    }
}
