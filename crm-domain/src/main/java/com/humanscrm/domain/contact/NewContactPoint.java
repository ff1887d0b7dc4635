package com.humanscrm.domain.contact;

import com.humanscrm.domain.lookup.Label;
import java.util.function.Supplier;

/**
 * A contact point to be added. Its value is made (and so checked) only when the point is, so that a
 * broken address is reported together with every other broken rule of the input it came in.
 */
public record NewContactPoint<V extends ContactValue>(Supplier<V> value, Label label, boolean primary) {
}
