package com.humanscrm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.testing.Refusals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SortTest {

    private static final Sort<HumanSortField> DEFAULT = HumanListQuery.DEFAULT_SORT;

    @Test
    void aFieldNameSortsAscendingAndAMinusDescending() {
        assertThat(parse("lastName")).isEqualTo(new Sort<>(HumanSortField.LAST_NAME, false));
        assertThat(parse("-createdAt")).isEqualTo(new Sort<>(HumanSortField.CREATED_AT, true));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void noSortGivesTheDefault(String value) {
        assertThat(parse(value)).isSameAs(DEFAULT);
    }

    @Test
    void theDefaultForHumansIsNewestFirst() {
        assertThat(DEFAULT.token()).isEqualTo("-createdAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "LastName", "--createdAt", "-", "+lastName", "created_at"})
    void anUndocumentedSortIsAFieldErrorListingTheDocumentedOnes(String value) {
        assertThat(Refusals.fieldError("sort", () -> parse(value)))
                .singleElement().asString().contains("createdAt", "lastName");
    }

    @Test
    void theDocumentedSortsAreListedSeparatedByCommas() {
        assertThat(Refusals.fieldError("sort", () -> parse("firstName")))
                .containsExactly("must be one of createdAt, lastName (prefix - to sort descending)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "-createdAt", "lastName", "-lastName"})
    void theTokenParsesBackToTheSameSort(String value) {
        Sort<HumanSortField> sort = parse(value);

        assertThat(sort.token()).isEqualTo(value);
        assertThat(parse(sort.token())).isEqualTo(sort);
    }

    private static Sort<HumanSortField> parse(String value) {
        return Sort.parse(value, HumanSortField.class, DEFAULT);
    }
}
