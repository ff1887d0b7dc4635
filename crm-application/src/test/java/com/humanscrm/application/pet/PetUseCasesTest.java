package com.humanscrm.application.pet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.document.UploadDocument;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.GivenFile;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetUseCasesTest extends UseCaseTest {

    private final PetUseCases pets = useCases.pets();
    private final HumanId grace = aHuman("grace@example.test");

    @Test
    void anAgentRecordsAPetInOneAuditedTransaction() {
        Observed<Pet> created = observe(() -> pets.create().execute(agent, new CreatePet.Command(grace.value(), " Rex ",
                "beagle", new BigDecimal("12.5"), LocalDate.of(2020, 5, 1), "Anxious", null)));

        Pet pet = created.result();
        assertThat(pet.name()).isEqualTo("Rex");
        assertThat(pet.breed()).contains(Breed.BEAGLE);
        assertThat(pet.isActive()).as("a pet is active unless told otherwise").isTrue();
        assertThat(pets.queries().get(viewer, pet.id())).usingRecursiveComparison().isEqualTo(pet);
        assertThat(created.transactions()).isEqualTo(1);
        assertAudit(created.onlyAuditEntry(), AuditAction.CREATE, RecordKind.PET, pet.id().value(), agent);
        assertThat(created.onlyAuditEntry().changes()).containsEntry("breed", new FieldChange(null, "Beagle"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceTheUnknownHumanAndBreedIncluded() {
        var problems = refusedOnFields(() -> pets.create().execute(agent, new CreatePet.Command(Ids.newId(crm.clock), "",
                "Labrador", new BigDecimal("0"), LocalDate.of(2999, 1, 1), null, true)),
                "humanId", "name", "breed", "weightKg", "dateOfBirth");

        assertThat(problems.get("humanId")).containsExactly("no human with this id");
        refusedOnFields(() -> pets.create().execute(agent, new CreatePet.Command(null, "Rex", null, null, null, null, true)),
                "humanId");
        assertThat(crm.pets.list(new PetListQuery(null, null, null, null, null, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void aViewerReadsPetsAndBreedsButNeitherRecordsChangesNorDeletes() {
        Pet pet = rex();

        forbidden(() -> pets.create().execute(viewer, new CreatePet.Command(grace.value(), "Rex", null, null, null, null, true)));
        forbidden(() -> pets.change().execute(viewer, rename(pet.id(), null, "Max")));
        forbidden(() -> pets.delete().execute(viewer, new DeletePet.Command(pet.id(), null)));
        assertThat(pets.queries().breeds(viewer)).contains(Breed.MIXED_BREED, Breed.OTHER);
        assertThat(pets.queries().list(viewer, new PetListQuery(grace, null, null, null, null, PageRequest.first(10))).items())
                .extracting(Pet::id).containsExactly(pet.id());
    }

    @Test
    void aChangeTouchesOnlyTheFieldsSentAndMayGiveThePetToAnotherHuman() {
        Pet pet = rex();
        HumanId alan = aHuman("alan@example.test");

        Observed<Pet> changed = observe(() -> pets.change().execute(agent, new PetUseCasesTest.Change(pet.id(), 1)
                .humanId(alan).breed("Other").weight(null).inactive().command()));

        assertThat(changed.result().humanId()).isEqualTo(alan);
        assertThat(changed.result().breed()).contains(Breed.OTHER);
        assertThat(changed.result().weightKg()).isEmpty();
        assertThat(changed.result().name()).isEqualTo("Rex");
        assertThat(changed.result().isActive()).isFalse();
        assertThat(changed.result().version()).isEqualTo(2);
        assertAudit(changed.onlyAuditEntry(), AuditAction.UPDATE, RecordKind.PET, pet.id().value(), agent);
        assertThat(changed.onlyAuditEntry().changes()).containsOnlyKeys("humanId", "breed", "weightKg", "isActive");
    }

    @Test
    void aChangeThatClearsWhatAPetMustHaveOrPointsNowhereIsRefused() {
        Pet pet = rex();

        refusedOnFields(() -> pets.change().execute(agent, new ChangePet.Command(pet.id(), null, Optional.empty(),
                Optional.empty(), Optional.of("Labrador"), null, null, null, Optional.empty())), "humanId", "name", "breed",
                "isActive");
        refusedOnFields(() -> pets.change().execute(agent, new ChangePet.Command(pet.id(), null,
                Optional.of(Ids.newId(crm.clock)), null, null, null, null, null, null)), "humanId");
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> pets.change().execute(agent, rename(pet.id(), 2, "Max")));
        refused(NotFoundException.class, "PET_NOT_FOUND",
                () -> pets.change().execute(agent, rename(new PetId(Ids.newId(crm.clock)), null, "Max")));
    }

    @Test
    void anAgentDeletesAPetWithItsDocumentsAndEachIsAudited() {
        Pet pet = rex();
        Document certificate = attach(pet, "health.pdf");

        Observed<Pet> deleted = observe(() -> pets.delete().execute(agent, new DeletePet.Command(pet.id(), 1)));

        assertThat(deleted.auditEntries()).extracting(AuditEntry::entityType, AuditEntry::action, AuditEntry::entityId)
                .containsExactlyInAnyOrder(tuple(RecordKind.PET, AuditAction.DELETE, pet.id().value()),
                        tuple(RecordKind.DOCUMENT, AuditAction.DELETE, certificate.id().value()));
        refused(NotFoundException.class, "PET_NOT_FOUND", () -> pets.queries().get(viewer, pet.id()));
        assertThat(crm.documents.findById(certificate.id())).isEmpty();
        assertThat(crm.blobs.head(certificate.storageKey())).isEmpty();
        Pet another = rex();
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> pets.delete().execute(agent, new DeletePet.Command(another.id(), 2)));
    }

    @Test
    void deletingAHumanDeletesItsPetsWithTheirDocumentsInTheSameTransaction() {
        Pet pet = rex();
        Pet other = pets.create().execute(agent, new CreatePet.Command(grace.value(), "Ada", null, null, null, null, true));
        Document certificate = attach(pet, "vaccinations.pdf");

        Observed<?> deleted = observe(() -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(grace, null)));

        assertThat(deleted.transactions()).isEqualTo(1);
        assertThat(deleted.auditEntries()).extracting(AuditEntry::entityType, AuditEntry::entityId)
                .containsExactlyInAnyOrder(tuple(RecordKind.HUMAN, grace.value()), tuple(RecordKind.PET, pet.id().value()),
                        tuple(RecordKind.PET, other.id().value()), tuple(RecordKind.DOCUMENT, certificate.id().value()));
        assertThat(crm.pets.findById(pet.id())).isEmpty();
        assertThat(crm.documents.findById(certificate.id())).isEmpty();
    }

    @Test
    void aHumansDetailListsItsPetsByName() {
        Pet rex = rex();
        Pet ada = pets.create().execute(agent, new CreatePet.Command(grace.value(), "Ada", "Poodle", null, null, null, false));

        assertThat(useCases.details().human(viewer, grace).pets()).extracting(p -> p.id(), p -> p.name(), p -> p.breed(),
                p -> p.active()).containsExactly(tuple(ada.id(), "Ada", Breed.POODLE, false),
                tuple(rex.id(), "Rex", Breed.BEAGLE, true));
        assertThat(useCases.details().human(viewer, aHuman("nobody@example.test")).pets()).isEmpty();
    }

    private Pet rex() {
        return pets.create().execute(agent, new CreatePet.Command(grace.value(), "Rex", "Beagle", new BigDecimal("12.5"),
                null, null, true));
    }

    private static ChangePet.Command rename(PetId id, Integer version, String name) {
        return new ChangePet.Command(id, version, null, Optional.of(name), null, null, null, null, null);
    }

    /** A PATCH of a few fields, the rest not sent. */
    private record Change(PetId id, Integer version, Optional<java.util.UUID> human, Optional<String> breed,
                          Optional<BigDecimal> weight, Optional<Boolean> active) {
        Change(PetId id, Integer version) {
            this(id, version, null, null, null, null);
        }

        Change humanId(HumanId to) {
            return new Change(id, version, Optional.of(to.value()), breed, weight, active);
        }

        Change breed(String to) {
            return new Change(id, version, human, Optional.of(to), weight, active);
        }

        Change weight(BigDecimal to) {
            return new Change(id, version, human, breed, Optional.ofNullable(to), active);
        }

        Change inactive() {
            return new Change(id, version, human, breed, weight, Optional.of(false));
        }

        ChangePet.Command command() {
            return new ChangePet.Command(id, version, human, null, breed, weight, null, null, active);
        }
    }

    private Document attach(Pet pet, String filename) {
        GivenFile file = new GivenFile(new RecordRef(RecordKind.PET, pet.id().value()), filename,
                new ByteArrayInputStream(("%PDF-1.7 " + filename).getBytes(StandardCharsets.US_ASCII)), -1, () -> { });
        return ((UploadDocument.Uploaded) useCases.documents().upload().execute(agent, new UploadDocument.Command(file, null,
                "/api/documents"))).document();
    }

    private HumanId aHuman(String email) {
        return useCases.humans().create().execute(agent, new CreateHuman.Command("Grace", null, "Hopper", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(email), null, false)), List.of())).id();
    }
}
