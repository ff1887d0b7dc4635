package com.humanscrm.application.contact;

import com.humanscrm.domain.contact.ContactValue;
import java.util.function.Supplier;

/**
 * An email or phone number as a request gives it: {@code value} makes (and checks) the value when the
 * domain asks for it; {@code label} is a name from the owner's label list, or {@code null}.
 */
public record ContactInput<V extends ContactValue>(Supplier<V> value, String label, boolean primary) {
}
