package com.humanscrm.domain.human;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The names clients send and the database checks: changing one breaks both, so they are pinned here. */
class WireNamesTest {

    @Test
    void statusesAndTypesHaveTheDocumentedNames() {
        assertThat(HumanStatus.values()).extracting(HumanStatus::wireName).containsExactly("open", "active", "closed");
        assertThat(HumanType.values()).extracting(HumanType::wireName)
                .containsExactly("client", "trainer", "travel_agent", "flight_broker");
    }

    @ParameterizedTest
    @EnumSource(HumanStatus.class)
    void everyStatusReadsBackFromItsWireName(HumanStatus status) {
        assertThat(HumanStatus.fromWireName(status.wireName(), "status")).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(HumanType.class)
    void everyTypeReadsBackFromItsWireName(HumanType type) {
        assertThat(HumanType.fromWireName(type.wireName(), "types[0]")).isEqualTo(type);
    }

    @Test
    void anUnknownOrDifferentlyCasedNameIsAFieldErrorOnTheGivenField() {
        Refusals.fieldError(() -> HumanStatus.fromWireName("OPEN", "status"), "status");
        Refusals.fieldError(() -> HumanType.fromWireName("dog", "types[1]"), "types[1]");
    }
}
