package com.humanscrm.adapters.http.pet;

import com.humanscrm.domain.pet.Breed;

/** A breed, by the name a pet's {@code breed} takes. */
record BreedResponse(String name) {

    static BreedResponse from(Breed breed) {
        return new BreedResponse(breed.displayName());
    }
}
