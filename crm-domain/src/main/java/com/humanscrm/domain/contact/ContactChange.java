package com.humanscrm.domain.contact;

import com.humanscrm.domain.lookup.Label;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A change to one contact point. {@code value} turns the current value into the new one (and checks it);
 * {@code label} and {@code primary} are {@code null} to stay as they are; an empty label clears it.
 */
public record ContactChange<V extends ContactValue>(UnaryOperator<V> value, Optional<Label> label, Boolean primary) {
}
