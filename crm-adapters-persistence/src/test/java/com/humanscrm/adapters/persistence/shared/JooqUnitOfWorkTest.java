package com.humanscrm.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

class JooqUnitOfWorkTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static DSLContext dsl;
    /** Another connection's view: it sees only what has committed. */
    private static DSLContext observer;
    private final List<String> events = new ArrayList<>();
    private JooqUnitOfWork unitOfWork;

    @BeforeAll
    static void connect() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.settings().jdbcUrl());
        dataSource.setUser(database.settings().user());
        dataSource.setPassword(database.settings().password());
        dsl = new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)))
                .dsl();
        dsl.execute("create table notes (text text)");
        observer = new StatementLog().dsl(database.settings());
    }

    @BeforeEach
    void setUp() {
        unitOfWork = new JooqUnitOfWork(dsl);
        dsl.execute("truncate notes");
    }

    @Test
    void anAfterCommitHookRunsOnceTheWorkIsVisibleToOthers() {
        unitOfWork.inTransaction(() -> {
            dsl.execute("insert into notes values ('written')");
            unitOfWork.afterCommit(() -> events.add("hook saw " + notes() + " note"));
            events.add("work done");
            return null;
        });

        assertThat(events).containsExactly("work done", "hook saw 1 note");
    }

    @Test
    void anAfterCommitHookNeverRunsWhenTheWorkRollsBack() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            unitOfWork.afterCommit(() -> events.add("hook"));
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events).isEmpty();
    }

    @Test
    void anAfterCommitHookOfAJoinedUnitOfWorkWaitsForTheOuterCommit() {
        unitOfWork.inTransaction(() -> {
            unitOfWork.inTransaction(() -> {
                unitOfWork.afterCommit(() -> events.add("hook"));
                return null;
            });
            events.add("inner work returned");
            return null;
        });

        assertThat(events).containsExactly("inner work returned", "hook");
    }

    @Test
    void anAfterCommitHookOutsideAnyTransactionRunsAtOnce() {
        unitOfWork.afterCommit(() -> events.add("hook"));

        assertThat(events).containsExactly("hook");
    }

    @Test
    void statementsOfTheWorkShareOneTransaction() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            dsl.execute("insert into notes values ('first')");
            dsl.execute("insert into notes values ('second')");
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notes()).isZero();
    }

    private static int notes() {
        return observer.fetchCount(observer.selectFrom("notes"));
    }
}
