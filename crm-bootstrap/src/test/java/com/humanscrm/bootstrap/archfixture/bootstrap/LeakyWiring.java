package com.humanscrm.bootstrap.archfixture.bootstrap;

import com.humanscrm.bootstrap.archfixture.adapters.persistence.pet.JooqPetRepository;

/** Breaks "bootstrap wires adapters only through their public factories". */
public final class LeakyWiring {

    JooqPetRepository repository;
}
