package com.humanscrm.adapters.persistence.human;

import com.humanscrm.adapters.persistence.jooq.tables.records.HumanEmailsRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumanPhonesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumanTypesRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.HumansRecord;
import com.humanscrm.adapters.persistence.shared.ContactRows;
import com.humanscrm.adapters.persistence.shared.SearchText;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A human's rows: the aggregate to records for writing, and child rows back to domain values. */
final class HumanRows {

    private HumanRows() {
    }

    static Human restored(HumanId id, String firstName, String middleName, String lastName, PartyStatus status,
                       Set<HumanType> types, List<ContactPoint<EmailAddress>> emails, List<ContactPoint<PhoneNumber>> phones,
                       Integer version, Instant createdAt, Instant updatedAt) {
        return Human.restore(id, firstName, middleName, lastName, status, types,
                new Contacts(ContactPoints.restore(ContactField.EMAILS, emails), ContactPoints.restore(ContactField.PHONES, phones)),
                version, createdAt, updatedAt);
    }

    static HumansRecord human(Human human) {
        return new HumansRecord(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), SearchText.of(human.contacts(), human.firstName(), human.middleName(), human.lastName()), human.version(), human.createdAt(), human.updatedAt());
    }

    static List<HumanTypesRecord> types(Human human) {
        return human.types().stream()
                .map(type -> new HumanTypesRecord(human.id().value(), type.wireName()))
                .toList();
    }

    static List<HumanEmailsRecord> emails(Human human) {
        return human.emails().stream()
                .map(email -> new HumanEmailsRecord(email.id(), human.id().value(), email.value().address(), ContactRows.labelId(email.label()),
                        email.primary(), email.createdAt(), email.updatedAt()))
                .toList();
    }

    static List<HumanPhonesRecord> phones(Human human) {
        return human.phones().stream()
                .map(phone -> new HumanPhonesRecord(phone.id(), human.id().value(), phone.value().number(), ContactRows.labelId(phone.label()),
                        phone.value().hasWhatsapp(), phone.primary(), phone.createdAt(), phone.updatedAt()))
                .toList();
    }

}
