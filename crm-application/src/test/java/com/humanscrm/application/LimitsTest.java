package com.humanscrm.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void byDefaultADocumentMayBringTwentyFiveMebibytes() {
        assertThat(Limits.defaults().maxDocumentBytes()).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void aDocumentSizeLimitBelowOneByteIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(0)).withMessageContaining("at least one byte");
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(-1));
        assertThat(new Limits(1).maxDocumentBytes()).isEqualTo(1);
    }
}
