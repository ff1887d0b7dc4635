package com.humanscrm.domain.pet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PetTest {

    private static final HumanId GRACE = new HumanId(UUID.randomUUID());

    private static Pet.Fields rex(BigDecimal weight, LocalDate born) {
        return new Pet.Fields(GRACE, " Rex ", Breed.BEAGLE, weight, born, "  Anxious at take-off ", true);
    }

    @Test
    void aNewPetKeepsWhatItIsTrimmed() {
        Pet pet = Pet.create(rex(new BigDecimal("12.5"), LocalDate.of(2020, 5, 1)), Clocks.t0());

        assertThat(pet.humanId()).isEqualTo(GRACE);
        assertThat(pet.name()).isEqualTo("Rex");
        assertThat(pet.breed()).contains(Breed.BEAGLE);
        assertThat(pet.weightKg()).contains(new BigDecimal("12.50"));
        assertThat(pet.dateOfBirth()).contains(LocalDate.of(2020, 5, 1));
        assertThat(pet.specialNeeds()).contains("Anxious at take-off");
        assertThat(pet.isActive()).isTrue();
        assertThat(pet.version()).isEqualTo(1);
        assertThat(pet.createdAt()).isEqualTo(Clocks.T0).isEqualTo(pet.updatedAt());
    }

    @Test
    void whatAPetNeedsNotSayIsOptional() {
        Pet pet = Pet.create(new Pet.Fields(GRACE, "Rex", null, null, null, " ", false), Clocks.t0());

        assertThat(pet.breed()).isEmpty();
        assertThat(pet.weightKg()).isEmpty();
        assertThat(pet.dateOfBirth()).isEmpty();
        assertThat(pet.specialNeeds()).isEmpty();
        assertThat(pet.isActive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.00", "1000", "999.991"})
    void aWeightIsMoreThanNothingAndAtMostAVetsScale(String kg) {
        assertThat(Refusals.fieldError(() -> Pet.create(rex(new BigDecimal(kg), null), Clocks.t0()), "weightKg")).hasSize(1);
    }

    @Test
    void aWeightHasAtMostTwoDecimalsWrittenAsTwo() {
        assertThat(Refusals.fieldError(() -> Pet.create(rex(new BigDecimal("12.345"), null), Clocks.t0()), "weightKg"))
                .containsExactly("must have at most 2 decimals");
        assertThat(Pet.create(rex(new BigDecimal("12.300"), null), Clocks.t0()).weightKg()).contains(new BigDecimal("12.30"));
        assertThat(Pet.create(rex(new BigDecimal("999.99"), null), Clocks.t0()).weightKg()).contains(Pet.MAX_WEIGHT_KG);
    }

    @Test
    void aPetIsNotBornInTheFutureAnywhereOnEarth() {
        // T0 is 10:00 UTC on 1 March: it is already 2 March at UTC+14, not yet 3 March anywhere.
        assertThat(Pet.create(rex(null, LocalDate.of(2026, 3, 2)), Clocks.t0()).dateOfBirth()).isPresent();
        assertThat(Refusals.fieldError(() -> Pet.create(rex(null, LocalDate.of(2026, 3, 3)), Clocks.t0()), "dateOfBirth"))
                .containsExactly("must not be in the future");
        assertThat(Refusals.fieldError(() -> Pet.create(rex(null, LocalDate.of(1899, 12, 31)), Clocks.t0()), "dateOfBirth"))
                .containsExactly("must not be before 1900-01-01");
    }

    @Test
    void aStoredBirthDateIsNotCheckedAgainstTodayAgain() {
        Pet restored = Pet.restore(new PetId(UUID.randomUUID()), rex(null, LocalDate.of(2030, 1, 1)), 3,
                Clocks.T0, Clocks.T0);

        assertThat(restored.dateOfBirth()).contains(LocalDate.of(2030, 1, 1));
        assertThat(restored.version()).isEqualTo(3);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var broken = new Pet.Fields(null, " ", null, new BigDecimal("-2"), LocalDate.of(2999, 1, 1), "x".repeat(2_001), true);

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> Pet.create(broken, Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("humanId", "name", "weightKg", "dateOfBirth", "specialNeeds");
    }

    @Test
    void aChangeKeepsTheIdAndCreationAndCountsAVersion() {
        Pet pet = Pet.create(rex(null, null), Clocks.t0());
        Instant later = Clocks.T0.plus(Duration.ofHours(1));

        Pet changed = pet.change(new Pet.Fields(GRACE, "Rex II", Breed.MIXED_BREED, null, null, null, false),
                Clocks.at(later));

        assertThat(changed.id()).isEqualTo(pet.id());
        assertThat(changed.name()).isEqualTo("Rex II");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.createdAt()).isEqualTo(Clocks.T0);
        assertThat(changed.updatedAt()).isEqualTo(later);
        assertThat(changed.fields()).isEqualTo(new Pet.Fields(GRACE, "Rex II", Breed.MIXED_BREED, null, null, null, false));
    }

    @Test
    void theAuditSnapshotIsTheWholePetInWireTerms() {
        Pet pet = Pet.create(rex(new BigDecimal("8"), LocalDate.of(2021, 2, 3)), Clocks.t0());

        assertThat(pet.auditSnapshot()).containsEntry("breed", "Beagle").containsEntry("weightKg", "8.00")
                .containsEntry("dateOfBirth", "2021-02-03").containsEntry("isActive", true)
                .containsEntry("humanId", GRACE.toString()).containsKeys("name", "specialNeeds");
    }

    @Test
    void aBreedIsFoundByItsNameInAnyCaseAndNothingElseIs() {
        assertThat(Breed.fromDisplayName(" labrador RETRIEVER ", "breed")).isEqualTo(Breed.LABRADOR_RETRIEVER);
        assertThat(Breed.fromDisplayName("Mixed Breed", "breed")).isEqualTo(Breed.MIXED_BREED);
        assertThat(Refusals.fieldError(() -> Breed.fromDisplayName("Labrador", "breed"), "breed")).hasSize(1);
        assertThat(Refusals.fieldError(() -> Breed.fromDisplayName(null, "breed"), "breed")).hasSize(1);
        assertThat(Breed.all()).endsWith(Breed.MIXED_BREED, Breed.OTHER).doesNotHaveDuplicates();
    }
}
