package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restoring is how adapters rebuild a stored human: it keeps what was stored but not what breaks the rules. */
class HumanRestoreTest {

    private final Human stored = aHuman().emails(email("a@example.test"), email("b@example.test")).create()
            .change(new Human.HumanChanges("Augusta", null, null, null, null), Clocks.after(Duration.ofHours(1)));

    @Test
    void restoreKeepsIdVersionAndTimesAsStored() {
        Human restored = restore(stored.emails(), stored.version());

        assertThat(restored).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void restoreRefusesTwoPrimaries() {
        // Corrupt rows must not pass as a valid human, or every later change would carry the corruption.
        List<HumanEmail> twoPrimaries = stored.emails().stream()
                .map(e -> new HumanEmail(e.id(), e.email(), e.label(), true, e.createdAt(), e.updatedAt())).toList();

        Refusals.fieldError(() -> restore(twoPrimaries, stored.version()), "emails");
    }

    @Test
    void restoreAllowsAHumanWithoutEmailsOnceCreated() {
        // Only creation demands an email; removing the last one later is allowed, so storage must give it back.
        assertThat(restore(List.of(), stored.version()).emails()).isEmpty();
    }

    private Human restore(List<HumanEmail> emails, int version) {
        return Human.restore(stored.id(), stored.firstName(), stored.middleName(), stored.lastName(), stored.status(),
                stored.types(), emails, stored.phones(), version, stored.createdAt(), stored.updatedAt());
    }
}
