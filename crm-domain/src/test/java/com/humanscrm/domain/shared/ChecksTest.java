package com.humanscrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Test
    void textIsTrimmedAndItsLengthCountedInCharacters() {
        assertThat(Checks.text("  Ada \n", "name", 1, 3)).isEqualTo("Ada");
        assertThat(Checks.text("\uD83D\uDC36\uD83D\uDC36", "name", 1, 2)).as("two emoji are two characters").hasSize(4);
    }

    @Test
    void textOutsideItsBoundsNamesTheFieldAndTheBounds() {
        assertThat(Refusals.fieldError(() -> Checks.text("abcd", "name", 1, 3), "name"))
                .containsExactly("must be between 1 and 3 characters");
        assertThat(Refusals.fieldError(() -> Checks.text("ab", "code", 3, 5), "code"))
                .containsExactly("must be between 3 and 5 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gr\u0000ace", "bell\u0007", "\ud800", "half \udc36 pair", "escape\u001b[0m"})
    void textNothingCouldStoreIsRefused(String value) {
        assertThat(Checks.isStorableText(value)).isFalse();
        assertThat(Refusals.fieldError(() -> Checks.text(value, "name", 1, 100), "name")).containsExactly(Checks.UNSTORABLE_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë", "\uD83D\uDC36 dog", "two\nlines\tand a tab\r", "日本語"})
    void everydayTextIsStorable(String value) {
        assertThat(Checks.isStorableText(value)).isTrue();
    }

    @Test
    void missingOrBlankTextSaysSo() {
        assertThat(Refusals.fieldError(() -> Checks.text(null, "name", 1, 3), "name")).containsExactly("is required");
        assertThat(Refusals.fieldError(() -> Checks.text("   ", "name", 1, 3), "name")).containsExactly("must not be blank");
    }

    @Test
    void optionalTextTreatsBlankAsAbsentButStillChecksTheLength() {
        assertThat(Checks.optionalText(null, "note", 3)).isNull();
        assertThat(Checks.optionalText("  ", "note", 3)).isNull();
        assertThat(Checks.optionalText(" ab ", "note", 3)).isEqualTo("ab");
        Refusals.fieldError(() -> Checks.optionalText("abcd", "note", 3), "note");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.test", "a.b+tag@sub.example.co.uk", "x@y.z"})
    void plausibleEmailAddressesAreAccepted(String address) {
        assertThat(Checks.email(" " + address + " ", "email")).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.test", "ada@example", "a da@example.test", "ada@@example.test", "a@b@c.d"})
    void implausibleEmailAddressesAreRefused(String address) {
        Refusals.fieldError(() -> Checks.email(address, "email"), "email");
    }

    @Test
    void anEmailAddressIsAtMost255Characters() {
        String longest = "a".repeat(242) + "@example.test";

        assertThat(Checks.email(longest, "email")).hasSize(255);
        Refusals.fieldError(() -> Checks.email("a" + longest, "email"), "email");
    }

    @Test
    void requiredRefusesNullOnly() {
        assertThat(Checks.required("", "x")).isEmpty();
        assertThat(Refusals.fieldError(() -> Checks.required(null, "x"), "x")).containsExactly("is required");
    }
}
