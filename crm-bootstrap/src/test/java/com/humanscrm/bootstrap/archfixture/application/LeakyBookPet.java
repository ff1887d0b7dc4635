package com.humanscrm.bootstrap.archfixture.application;

import org.jooq.DSLContext;

/** Breaks "application speaks only domain and JDK types" and "jOOQ stays in persistence". */
public final class LeakyBookPet {

    DSLContext dsl;
}
