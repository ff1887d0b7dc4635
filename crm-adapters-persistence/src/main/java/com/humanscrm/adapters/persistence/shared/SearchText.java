package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.domain.contact.Contacts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The lists' text search. Each human or account row carries its names, email addresses and phone
 * numbers in one lower-cased {@code search_text}, kept in step with the aggregate on every write, so
 * a single trigram index answers "contains" searches over all of them.
 */
public final class SearchText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");
    private static final char ESCAPE = '\\';
    private static final int TRIGRAM = 3;

    private SearchText() {
    }

    /**
     * Phone numbers appear as given and as bare digits too, so "020 7946" and "0207946" both find
     * "+44 (0)20 7946 0958".
     */
    public static String of(Contacts contacts, String... names) {
        return Stream.of(
                        Arrays.stream(names),
                        contacts.emails().entries().stream().map(email -> email.value().address()),
                        contacts.phones().entries().stream().map(phone -> phone.value().number()),
                        contacts.phones().entries().stream().map(phone -> NOT_A_DIGIT.matcher(phone.value().number()).replaceAll("")))
                .flatMap(values -> values)
                .filter(Objects::nonNull)
                .filter(value -> !value.isEmpty())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /**
     * Every whitespace-separated term of {@code q} occurs somewhere in the text, ignoring case. A term
     * of three characters or more is a {@code LIKE} the trigram index answers; a shorter one has no
     * trigram to look up, and as a {@code LIKE} it would make PostgreSQL read the whole index, so it is
     * written as a {@code position} the index cannot take: it only filters the rows the other terms,
     * or the list's order, bring.
     */
    public static Condition matches(Field<String> searchText, String q) {
        return DSL.and(WHITESPACE.splitAsStream(q.strip())
                .map(term -> term.codePointCount(0, term.length()) < TRIGRAM
                        ? DSL.position(searchText, term.toLowerCase(Locale.ROOT)).gt(0)
                        : searchText.likeIgnoreCase("%" + escapeWildcards(term) + "%", ESCAPE))
                .toList());
    }

    /** A search for "50%" or "a_b" means those characters, not LIKE's wildcards. */
    private static String escapeWildcards(String term) {
        return term.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
    }
}
