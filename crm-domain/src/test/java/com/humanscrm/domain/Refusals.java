package com.humanscrm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.DomainException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on how the domain says no: the exception kind, its stable code, the field it names. */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts a rule violation naming exactly {@code field}; returns its problems for further checks. */
    public static List<String> fieldError(ThrowingCallable call, String field) {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, call);
        assertThat(refusal).as("expected a rule violation on %s", field).isNotNull();
        assertThat(refusal.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
        return refusal.fieldErrors().get(field);
    }

    public static void conflict(ThrowingCallable call, String code) {
        refusal(ConflictException.class, call, code);
    }

    /** Asserts the call fails with this kind of domain exception and this stable code. */
    public static <E extends DomainException> E refusal(Class<E> type, ThrowingCallable call, String code) {
        E refusal = catchThrowableOfType(type, call);
        assertThat(refusal).as("expected %s with code %s", type.getSimpleName(), code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }
}
