package com.humanscrm.application.contact;

import com.humanscrm.domain.contact.ContactValue;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A change to an email or phone number as a request gives it: {@code value} turns the current value
 * into the new one; {@code label} and {@code primary} are {@code null} to stay, an empty label clears it.
 */
public record ContactInputChange<V extends ContactValue>(UnaryOperator<V> value, Optional<String> label, Boolean primary) {
}
