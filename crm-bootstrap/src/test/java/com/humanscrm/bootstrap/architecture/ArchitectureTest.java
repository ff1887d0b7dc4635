package com.humanscrm.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.under("com.humanscrm");
    private static final String FIXTURE = "com.humanscrm.bootstrap.archfixture";

    @TestFactory
    Stream<DynamicTest> theCodeBaseKeepsEveryRule() {
        return new ArchitectureRules("com.humanscrm").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION)));
    }

    @Test
    void theRulesLookAtPackagesThatExist() {
        // A rule about a package that is empty passes while checking nothing.
        for (String ring : new String[] {"domain", "application", "adapters.http", "adapters.persistence", "adapters.storage",
                "bootstrap"}) {
            assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                    .as("classes in com.humanscrm." + ring)
                    .anyMatch(name -> name.startsWith("com.humanscrm." + ring));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsDeliberateViolation() {
        JavaClasses fixture = ProductionClasses.fixture(FIXTURE);
        return new ArchitectureRules(FIXTURE).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> assertViolated(rule, fixture)));
    }

    private static void assertViolated(ArchRule rule, JavaClasses fixture) {
        assertThat(rule.evaluate(fixture).hasViolation())
                .as("the fixture breaks this rule on purpose, so the rule must report it: " + rule.getDescription())
                .isTrue();
    }
}
