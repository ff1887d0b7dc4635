package com.humanscrm.bootstrap.archfixture.adapters.http;

/** A well-behaved adapter class, so every layer of the fixture exists. */
public final class PetRoutes {
}
