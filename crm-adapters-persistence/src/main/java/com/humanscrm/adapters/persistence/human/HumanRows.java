package com.humanscrm.adapters.persistence.human;

import com.humanscrm.adapters.persistence.jooq.tables.records.HumanEmailsRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumanPhonesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumanTypesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumansRecord;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanPhone;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A human's rows: the aggregate to records for writing, and child rows back to domain values. */
final class HumanRows {

    private HumanRows() {
    }

    static HumansRecord human(Human human) {
        return new HumansRecord(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), SearchText.of(human), human.version(), human.createdAt(), human.updatedAt());
    }

    static List<HumanTypesRecord> types(Human human) {
        return human.types().stream()
                .map(type -> new HumanTypesRecord(human.id().value(), type.wireName()))
                .toList();
    }

    static List<HumanEmailsRecord> emails(Human human) {
        return human.emails().stream()
                .map(email -> new HumanEmailsRecord(email.id(), human.id().value(), email.email(), labelId(email.label()),
                        email.primary(), email.createdAt(), email.updatedAt()))
                .toList();
    }

    static List<HumanPhonesRecord> phones(Human human) {
        return human.phones().stream()
                .map(phone -> new HumanPhonesRecord(phone.id(), human.id().value(), phone.number(), labelId(phone.label()),
                        phone.hasWhatsapp(), phone.primary(), phone.createdAt(), phone.updatedAt()))
                .toList();
    }

    static HumanEmail email(UUID id, String email, UUID labelId, String labelName, Boolean primary,
                            Instant createdAt, Instant updatedAt) {
        return new HumanEmail(id, email, label(labelId, labelName), primary, createdAt, updatedAt);
    }

    static HumanPhone phone(UUID id, String number, UUID labelId, String labelName, Boolean hasWhatsapp,
                            Boolean primary, Instant createdAt, Instant updatedAt) {
        return new HumanPhone(id, number, label(labelId, labelName), hasWhatsapp, primary, createdAt, updatedAt);
    }

    private static Label label(UUID id, String name) {
        return id == null ? null : new Label(new LookupItemId(id), name);
    }

    private static UUID labelId(Label label) {
        return label == null ? null : label.id().value();
    }
}
