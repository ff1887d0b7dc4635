package com.humanscrm.application.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.lookup.LookupList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The label names of contact changes; ContactPointUseCasesTest covers them through the use cases. */
class LabelsTest {

    private final InMemoryCrm crm = new InMemoryCrm();
    private final Labels labels = new Labels(crm.lookups);

    @Test
    void aChangeSilentOnTheLabelKeepsItAnEmptyOneClearsItAndANameIsLookedUp() {
        LookupList list = LookupList.HUMAN_EMAIL_LABELS;

        assertThat(labels.resolveChange(list, null, "label")).as("unchanged").isNull();
        assertThat(labels.resolveChange(list, Optional.empty(), "label")).as("cleared").isEmpty();
        assertThat(labels.resolveChange(list, Optional.of(" work "), "label"))
                .contains(crm.lookups.findByName(list, "Work").orElseThrow().asLabel());
    }
}
