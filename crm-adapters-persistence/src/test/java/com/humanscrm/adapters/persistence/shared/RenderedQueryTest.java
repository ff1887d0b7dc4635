package com.humanscrm.adapters.persistence.shared;

import static com.humanscrm.adapters.persistence.jooq.Tables.HUMANS;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RenderedQueryTest {

    private final RenderedQuery rename = new RenderedQuery(DSL.update(HUMANS)
            .set(HUMANS.FIRST_NAME, DSL.param("firstName", HUMANS.FIRST_NAME))
            .where(HUMANS.ID.eq(DSL.param("id", HUMANS.ID))));

    @Test
    void aRunWithoutEveryParameterOfTheQueryIsRefusedBeforeItReachesTheDatabase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rename.execute(DSL.using(SQLDialect.POSTGRES), "Ada"))
                .withMessage("The query takes 2 parameters, not 1");
    }
}
