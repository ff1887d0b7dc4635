package com.humanscrm.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The classes that ship: every module's main classes, none of the tests or test-jars. */
final class ProductionClasses {

    private static final ImportOption NO_TESTS = location ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private ProductionClasses() {
    }

    static JavaClasses under(String rootPackage) {
        return new ClassFileImporter().withImportOption(NO_TESTS).importPackages(rootPackage);
    }

    static JavaClasses fixture(String rootPackage) {
        return new ClassFileImporter().importPackages(rootPackage);
    }

}
