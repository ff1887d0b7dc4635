package com.humanscrm.bootstrap.archfixture.domain;

import com.humanscrm.bootstrap.archfixture.adapters.persistence.pet.JooqPetRepository;
import io.javalin.http.Context;

/** Breaks the rings (domain knows an adapter) and plain Java (domain knows Javalin). */
public final class LeakyPet {

    JooqPetRepository repository;
    Context context;
}
