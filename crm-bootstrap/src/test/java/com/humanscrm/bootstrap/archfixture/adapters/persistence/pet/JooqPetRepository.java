package com.humanscrm.bootstrap.archfixture.adapters.persistence.pet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Breaks "the embedded database stays in bootstrap". */
public final class JooqPetRepository {

    EmbeddedPostgres postgres;
}
