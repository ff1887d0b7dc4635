package com.humanscrm.application.testing;

import com.humanscrm.domain.contact.Contacts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/** The list's {@code q} as the fakes answer it: every word inside the record's names, addresses or numbers, ignoring case. */
final class InMemorySearch {

    private InMemorySearch() {
    }

    static boolean matches(String q, Contacts contacts, String... names) {
        String text = Stream.of(Arrays.stream(names),
                        contacts.emails().entries().stream().map(email -> email.value().address()),
                        contacts.phones().entries().stream().map(phone -> phone.value().number()))
                .flatMap(values -> values)
                .filter(Objects::nonNull)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .reduce("", (a, b) -> a + " " + b);
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(text::contains);
    }
}
