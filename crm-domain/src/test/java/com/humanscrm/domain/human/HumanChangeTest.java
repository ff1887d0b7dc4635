package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HumanChangeTest {

    private static final Clock LATER = Clocks.after(Duration.ofMinutes(5));

    private final Human original = aHuman().names("Ada", "King", "Lovelace").create();

    @Test
    void aChangeIsOneVersionLaterWithUpdatedAtMovedAndCreatedAtKept() {
        Human changed = original.change(changes("Augusta", null, null, HumanStatus.ACTIVE, null), LATER);

        assertThat(changed.firstName()).isEqualTo("Augusta");
        assertThat(changed.status()).isEqualTo(HumanStatus.ACTIVE);
        assertThat(changed.version()).isEqualTo(original.version() + 1);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
        assertThat(changed.createdAt()).isEqualTo(original.createdAt());
        assertThat(changed.id()).isEqualTo(original.id());
    }

    @Test
    void nullLeavesEveryFieldAsItIs() {
        Human changed = original.change(changes(null, null, null, null, null), LATER);

        assertThat(changed).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(original);
    }

    @Test
    void anEmptyMiddleNameClearsIt() {
        Human changed = original.change(new Human.HumanChanges(null, Optional.empty(), null, null, null), LATER);

        assertThat(changed.middleName()).isNull();
    }

    @Test
    void namesAreTrimmedAndCheckedOnChangeAsOnCreation() {
        assertThat(original.change(changes(" Augusta ", null, null, null, null), LATER).firstName()).isEqualTo("Augusta");
        Refusals.fieldError(() -> original.change(changes(null, null, "x".repeat(101), null, null), LATER), "lastName");
        Refusals.fieldError(() -> original.change(changes("  ", null, null, null, null), LATER), "firstName");
    }

    @Test
    void typesAreReplacedButNeverEmptied() {
        Human changed = original.change(changes(null, null, null, null, Set.of(HumanType.TRAINER)), LATER);

        assertThat(changed.types()).containsExactly(HumanType.TRAINER);
        Refusals.fieldError(() -> original.change(changes(null, null, null, null, Set.of()), LATER), "types");
    }

    @Test
    void aChangeLeavesTheOriginalUntouched() {
        original.change(changes("Augusta", null, null, HumanStatus.CLOSED, null), LATER);

        assertThat(original.firstName()).isEqualTo("Ada");
        assertThat(original.status()).isEqualTo(HumanStatus.OPEN);
        assertThat(original.version()).isEqualTo(1);
    }

    private static Human.HumanChanges changes(String first, Optional<String> middle, String last, HumanStatus status,
                                              Set<HumanType> types) {
        return new Human.HumanChanges(first, middle, last, status, types);
    }
}
