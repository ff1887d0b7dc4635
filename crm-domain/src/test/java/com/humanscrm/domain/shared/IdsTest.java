package com.humanscrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** How PostgreSQL orders uuids: byte by byte, unsigned. {@link UUID#compareTo} is signed in older JDKs. */
    private static final Comparator<UUID> AS_POSTGRES_SORTS = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = Ids.newId(Clocks.t0());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void anIdStartsWithTheClocksMillisecond() {
        UUID id = Ids.newId(Clocks.t0());

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(Clocks.T0.toEpochMilli());
    }

    @Test
    void aLaterClockGivesALargerId() {
        UUID earlier = Ids.newId(Clocks.t0());
        UUID later = Ids.newId(Clocks.after(Duration.ofMillis(1)));

        assertThat(AS_POSTGRES_SORTS.compare(earlier, later)).isNegative();
    }

    @Test
    void idsMadeWithinOneMillisecondAreStillInTheOrderTheyWereMade() {
        // Children created together (a new human's emails) are read back ordered by (created_at, id).
        Clock sameMillisecond = Clocks.t0();
        List<UUID> made = new ArrayList<>();
        IntStream.range(0, 5_000).forEach(i -> made.add(Ids.newId(sameMillisecond)));

        assertThat(made).doesNotHaveDuplicates().isSortedAccordingTo(AS_POSTGRES_SORTS);
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }
}
