package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static com.humanscrm.domain.human.HumanBuilder.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Restoring is how adapters rebuild a stored human: it keeps what was stored but not what breaks the rules. */
class HumanRestoreTest {

    private final Human stored = aHuman().emails(email("a@example.test"), email("b@example.test"))
            .phones(phone("+44 20 7946 0000")).create()
            .change(new Human.HumanChanges(Optional.of("Augusta"), null, null, null, null), Clocks.after(Duration.ofHours(1)));

    @Test
    void restoreKeepsIdVersionTimesAndContactsAsStored() {
        Human restored = restore(stored.emails(), stored.version());

        assertThat(restored).usingRecursiveComparison().isEqualTo(stored);
        assertThat(restored.contacts()).isEqualTo(stored.contacts());
    }

    @Test
    void restoreRefusesTwoPrimaries() {
        // Corrupt rows must not pass as a valid human, or every later change would carry the corruption.
        List<ContactPoint<EmailAddress>> twoPrimaries = stored.emails().stream()
                .map(e -> new ContactPoint<>(e.id(), e.value(), e.label(), true, e.createdAt(), e.updatedAt())).toList();

        Refusals.fieldError(() -> restore(twoPrimaries, stored.version()), "emails");
    }

    @Test
    void restoreRefusesWhatBreaksTheHumansOwnRules() {
        Refusals.fieldError(() -> Human.restore(stored.id(), " ", null, stored.lastName(), stored.status(), stored.types(),
                stored.contacts(), stored.version(), stored.createdAt(), stored.updatedAt()), "firstName");
        Refusals.fieldError(() -> Human.restore(stored.id(), stored.firstName(), null, stored.lastName(), stored.status(),
                java.util.Set.of(), stored.contacts(), stored.version(), stored.createdAt(), stored.updatedAt()), "types");
    }

    @Test
    void restoreAllowsAHumanWithoutEmailsOnceCreated() {
        // Only creation demands an email; removing the last one later is allowed, so storage must give it back.
        assertThat(restore(List.of(), stored.version()).emails()).isEmpty();
    }

    private Human restore(List<ContactPoint<EmailAddress>> emails, int version) {
        Contacts contacts = stored.contacts().with(ContactPoints.restore(ContactField.EMAILS, emails));
        return Human.restore(stored.id(), stored.firstName(), stored.middleName(), stored.lastName(), stored.status(),
                stored.types(), contacts, version, stored.createdAt(), stored.updatedAt());
    }
}
