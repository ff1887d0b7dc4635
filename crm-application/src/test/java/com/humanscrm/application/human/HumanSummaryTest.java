package com.humanscrm.application.human;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HumanSummaryTest {

    @Test
    void typesComeInTheirDocumentedOrderWhateverOrderTheStoreGave() {
        Set<HumanType> stored = new LinkedHashSet<>(List.of(HumanType.FLIGHT_BROKER, HumanType.CLIENT, HumanType.TRAINER));

        HumanSummary summary = summary(stored);

        assertThat(summary.types()).containsExactly(HumanType.CLIENT, HumanType.TRAINER, HumanType.FLIGHT_BROKER);
        assertThatThrownBy(() -> summary.types().add(HumanType.TRAVEL_AGENT)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static HumanSummary summary(Set<HumanType> types) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new HumanSummary(new HumanId(UUID.randomUUID()), "Ada", null, "Lovelace", PartyStatus.OPEN, types,
                "ada@example.com", null, 1, at, at);
    }
}
