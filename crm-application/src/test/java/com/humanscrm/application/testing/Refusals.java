package com.humanscrm.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.shared.DomainException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions on how the core says no: the exception kind and its stable code, which is what the HTTP
 * adapter maps to a status and clients switch on. Shared by use-case and repository contract tests.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts the call fails with this kind of domain exception and this code; returns it for more checks. */
    public static <E extends DomainException> E refusal(Class<E> type, String code, ThrowingCallable call) {
        E refusal = catchThrowableOfType(type, call);
        assertThat(refusal).as("expected %s with code %s", type.getSimpleName(), code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }

    /** Asserts a rule violation naming exactly {@code field}; returns its problems. */
    public static List<String> fieldError(String field, ThrowingCallable call) {
        RuleViolationException refusal = refusal(RuleViolationException.class, "VALIDATION_FAILED", call);
        assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
        return refusal.fieldErrors().get(field);
    }

    /** Asserts a rule violation about the input as a whole; returns its problems. */
    public static List<String> formError(ThrowingCallable call) {
        RuleViolationException refusal = refusal(RuleViolationException.class, "VALIDATION_FAILED", call);
        assertThat(refusal.formErrors()).isNotEmpty();
        return refusal.formErrors();
    }
}
