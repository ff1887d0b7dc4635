package com.humanscrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.humanscrm.domain.Refusals;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The codes are what clients switch on: each is pinned here. */
class DomainExceptionsTest {

    @Test
    void notFoundCodesAreDerivedFromTheEntityName() {
        assertThat(NotFoundException.of(RecordKind.HUMAN, UUID.randomUUID()).code()).isEqualTo("HUMAN_NOT_FOUND");
        assertThat(NotFoundException.of(RecordKind.PHONE_NUMBER, UUID.randomUUID()).code()).isEqualTo("PHONE_NUMBER_NOT_FOUND");
    }

    @Test
    void conflictsHaveTheirDocumentedCodes() {
        assertThat(ConflictException.duplicate("x").code()).isEqualTo("DUPLICATE");
        assertThat(ConflictException.inUse("x").code()).isEqualTo("IN_USE");
        assertThat(ConflictException.concurrentModification(RecordKind.HUMAN, "42").code()).isEqualTo("CONCURRENT_MODIFICATION");
    }

    @Test
    void aVersionIsCheckedOnlyWhenTheCallerGaveOne() {
        assertThatCode(() -> VersionMismatchException.check(RecordKind.HUMAN, null, 7)).doesNotThrowAnyException();
        assertThatCode(() -> VersionMismatchException.check(RecordKind.HUMAN, 7, 7)).doesNotThrowAnyException();
        Refusals.refusal(VersionMismatchException.class, () -> VersionMismatchException.check(RecordKind.HUMAN, 6, 7), "VERSION_MISMATCH");
    }

    @Test
    void aFieldErrorMovedUnderAPrefixKeepsItsProblems() {
        RuleViolationException moved = RuleViolationException.field("email", "is given twice").under("emails[2]");

        assertThat(moved.fieldErrors()).containsOnlyKeys("emails[2].email");
        assertThat(moved.fieldErrors().get("emails[2].email")).containsExactly("is given twice");
        assertThat(moved.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aFormErrorConcernsNoField() {
        RuleViolationException form = RuleViolationException.form("give one of a or b");

        assertThat(form.fieldErrors()).isEmpty();
        assertThat(form.formErrors()).isEqualTo(List.of("give one of a or b"));
    }

    @Test
    void domainExceptionsCarryNoStackTrace() {
        // They are expected outcomes mapped to 4xx responses; filling stacks for each would only cost time.
        assertThat(ConflictException.duplicate("x").getStackTrace()).isEmpty();
    }
}
