package com.humanscrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A number is kept as typed; written with its country code it also has the E.164 form it is compared by. */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "+44 20 7946 0000       | +442079460000",
            "0044 (20) 7946-0000    | +442079460000",
            "+49 151 2345-6789      | +4915123456789",
            "0049 151 2345-6789     | +4915123456789",
            "+1 (555) 010.4477      | +15550104477",
            "+33/1/23/45/67/89      | +33123456789",
            "+1234567               | +1234567",
            "+123456789012345       | +123456789012345",
    })
    void anInternationallyWrittenNumberHasItsE164Form(String number, String e164) {
        PhoneNumber phone = new PhoneNumber(number, false);

        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.key()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "020 7946 0000",        // national: which country is not said
            "0151 2345 6789",       // national, with one leading zero only
            "2079460000",           // no prefix at all
            "+44 20 7946 CALL",     // letters
            "+44 20 7946 0000 x12", // an extension
            "+44_20_7946_0000",     // a separator that is not one of space - . / ( )
            "+123456",              // 6 digits: too short
            "+1234567890123456",    // 16 digits: too long for E.164
            "+0 20 7946 0000",      // no country code starts with 0
            "000 20 7946 0000",     // 00, then a 0
            "+",
            "00",
            "++44 20 7946 0000",
    })
    void aNumberNotWrittenWithItsCountryCodeHasNoE164Form(String number) {
        PhoneNumber phone = new PhoneNumber(number, false);

        assertThat(phone.e164()).isNull();
        assertThat(phone.key()).as("compared as written").isEqualTo(number);
    }

    @Test
    void theNumberIsStoredAsGivenOnlyTrimmed() {
        PhoneNumber phone = new PhoneNumber("  0044 (20) 7946-0000\t", true);

        assertThat(phone.number()).isEqualTo("0044 (20) 7946-0000");
        assertThat(phone.shown()).isEqualTo("0044 (20) 7946-0000");
        assertThat(phone.hasWhatsapp()).isTrue();
        assertThat(phone.e164()).isEqualTo("+442079460000");
    }

    @Test
    void twoSpellingsOfOneInternationalNumberShareAKeyButNotTheirText() {
        PhoneNumber spaced = new PhoneNumber("+44 20 7946 0000", false);
        PhoneNumber dashed = new PhoneNumber("0044 (20) 7946-0000", true);

        assertThat(spaced.key()).isEqualTo(dashed.key());
        assertThat(spaced).isNotEqualTo(dashed);
    }

    @Test
    void aBlankOrMissingNumberIsRefusedOnNumber() {
        assertThat(Refusals.fieldError(() -> new PhoneNumber("   ", false), "number")).containsExactly("must not be blank");
        assertThat(Refusals.fieldError(() -> new PhoneNumber("", false), "number")).containsExactly("must not be blank");
        assertThat(Refusals.fieldError(() -> new PhoneNumber(null, false), "number")).containsExactly("is required");
    }

    @Test
    void aNumberOverFiftyCharactersOrWithControlCharactersIsRefused() {
        assertThat(new PhoneNumber("1".repeat(50), false).number()).hasSize(50);
        Refusals.fieldError(() -> new PhoneNumber("1".repeat(51), false), "number");
        Refusals.fieldError(() -> new PhoneNumber("+44 20\u0000 7946", false), "number");
    }

    @Test
    void theAuditLogSeesTheNumberAndWhatsapp() {
        Map<String, Object> snapshot = new java.util.LinkedHashMap<>();

        new PhoneNumber("+44 20 7946 0000", true).describeIn(snapshot);

        assertThat(snapshot).containsExactly(Map.entry("number", "+44 20 7946 0000"), Map.entry("hasWhatsapp", true));
    }
}
