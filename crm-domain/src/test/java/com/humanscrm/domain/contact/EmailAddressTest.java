package com.humanscrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void anAddressIsKeptAsGivenTrimmedAndComparedWhateverItsCase() {
        EmailAddress address = new EmailAddress("  Ada.Lovelace@Example.TEST ");

        assertThat(address.address()).isEqualTo("Ada.Lovelace@Example.TEST");
        assertThat(address.key()).isEqualTo("ada.lovelace@example.test");
        assertThat(address.key()).isEqualTo(new EmailAddress("ADA.LOVELACE@example.test").key());
    }

    @Test
    void aMalformedBlankOrMissingAddressIsRefusedOnEmail() {
        assertThat(Refusals.fieldError(() -> new EmailAddress("not an address"), "email"))
                .containsExactly("must be a well-formed email address");
        Refusals.fieldError(() -> new EmailAddress(" "), "email");
        assertThat(Refusals.fieldError(() -> new EmailAddress(null), "email")).containsExactly("is required");
    }
}
