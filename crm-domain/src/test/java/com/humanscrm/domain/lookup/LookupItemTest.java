package com.humanscrm.domain.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LookupItemTest {

    private final LookupItem work = LookupItem.create(LookupList.HUMAN_EMAIL_LABELS, "  Work ", Clocks.t0());

    @Test
    void aNewItemHasATrimmedNameAtVersionOne() {
        assertThat(work.name()).isEqualTo("Work");
        assertThat(work.version()).isEqualTo(1);
        assertThat(work.createdAt()).isEqualTo(Clocks.T0);
    }

    @Test
    void aNameIsOneToOneHundredCharacters() {
        Refusals.fieldError(() -> LookupItem.create(LookupList.ACCOUNT_TYPES, " ", Clocks.t0()), "name");
        Refusals.fieldError(() -> work.rename("x".repeat(101), Clocks.t0()), "name");
    }

    @Test
    void renamingKeepsTheIdAndIsOneVersionLater() {
        LookupItem renamed = work.rename("Office", Clocks.after(Duration.ofMinutes(1)));

        assertThat(renamed.id()).isEqualTo(work.id());
        assertThat(renamed.name()).isEqualTo("Office");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.updatedAt()).isAfter(work.updatedAt());
        assertThat(renamed.asLabel()).isEqualTo(new Label(work.id(), "Office"));
    }

    @Test
    void theAuditSnapshotNamesTheListBySlug() {
        assertThat(work.auditSnapshot()).containsEntry("list", "human-email-labels").containsEntry("name", "Work");
    }

    @ParameterizedTest
    @EnumSource(LookupList.class)
    void everyListReadsBackFromItsSlug(LookupList list) {
        assertThat(list.slug()).matches("[a-z]+(-[a-z]+)*");
        assertThat(LookupList.fromSlug(list.slug())).contains(list);
    }

    @Test
    void anUnknownSlugIsNoList() {
        assertThat(LookupList.fromSlug("HUMAN_EMAIL_LABELS")).isEmpty();
    }
}
