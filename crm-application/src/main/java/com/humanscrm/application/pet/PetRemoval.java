package com.humanscrm.application.pet;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.shared.RecordKind;

/**
 * Removes pets inside the caller's transaction, each with its documents and an audit entry that keeps the
 * whole pet: one way for a pet to go, whether it is deleted alone or with its human.
 */
public final class PetRemoval {

    private final PetRepository pets;
    private final AuditTrail audit;
    private final DocumentRemoval documents;
    private final PetBookings bookings;

    public PetRemoval(PetRepository pets, AuditTrail audit, DocumentRemoval documents, PetBookings bookings) {
        this.pets = pets;
        this.audit = audit;
        this.documents = documents;
        this.bookings = bookings;
    }

    /** Removes a pet loaded for a change ({@link PetRepository#findForChange}); refused while it is booked on a flight. */
    public void remove(Actor actor, Pet pet) {
        bookings.leaving(actor, pet);
        pets.remove(pet.id());
        audit.deleted(actor, RecordKind.PET, pet.id().value(), pet.auditSnapshot());
        documents.removeAllOf(actor, new RecordRef(RecordKind.PET, pet.id().value()));
    }

    /**
     * Removes every pet of a human that is being deleted. Call it after loading the human for its change:
     * the human's row lock keeps a concurrent request from giving it a pet this would miss.
     */
    public void removeAllOf(Actor actor, HumanId human) {
        pets.allOfForChange(human).forEach(pet -> remove(actor, pet));
    }
}
