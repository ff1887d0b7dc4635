package com.humanscrm.domain.human;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The names clients send and the database checks: changing one breaks both, so they are pinned here. */
class WireNamesTest {

    @Test
    void statusesAndTypesHaveTheDocumentedNames() {
        assertThat(PartyStatus.values()).extracting(PartyStatus::wireName).containsExactly("open", "active", "closed");
        assertThat(HumanType.values()).extracting(HumanType::wireName)
                .containsExactly("client", "trainer", "travel_agent", "flight_broker");
    }

    @ParameterizedTest
    @EnumSource(PartyStatus.class)
    void everyStatusReadsBackFromItsWireName(PartyStatus status) {
        assertThat(PartyStatus.fromWireName(status.wireName(), "status")).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(HumanType.class)
    void everyTypeReadsBackFromItsWireName(HumanType type) {
        assertThat(HumanType.fromWireName(type.wireName(), "types[0]")).isEqualTo(type);
    }

    @Test
    void anUnknownOrDifferentlyCasedNameIsAFieldErrorOnTheGivenField() {
        Refusals.fieldError(() -> PartyStatus.fromWireName("OPEN", "status"), "status");
        Refusals.fieldError(() -> HumanType.fromWireName("dog", "types[1]"), "types[1]");
    }

    @Test
    void aListOfTypeNamesGivesTheirTypesOnce() {
        assertThat(HumanType.fromWireNames(List.of("trainer", "client", "trainer"), "types"))
                .containsExactlyInAnyOrder(HumanType.CLIENT, HumanType.TRAINER);
    }

    @Test
    void everyUnknownTypeNameIsRefusedAtItsPlaceAtOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> HumanType.fromWireNames(List.of("pilot", "client", "Trainer"), "types"));

        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors()).containsOnlyKeys("types[0]", "types[2]");
        assertThat(refusal.fieldErrors().get("types[0]"))
                .containsExactly("must be one of client, trainer, travel_agent, flight_broker");
    }

    @Test
    void noTypeNamesAtAllAreRefusedOnTheList() {
        assertThat(Refusals.fieldError(() -> HumanType.fromWireNames(List.of(), "types"), "types"))
                .containsExactly("must name at least one type");
        Refusals.fieldError(() -> HumanType.fromWireNames(null, "types"), "types");
    }
}
