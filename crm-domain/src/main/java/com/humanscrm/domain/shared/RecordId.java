package com.humanscrm.domain.shared;

import java.util.UUID;

/** The id of a record of one kind ({@code HumanId}, {@code AccountId}): a UUID that cannot be mistaken for another kind's. */
public interface RecordId {

    UUID value();
}
