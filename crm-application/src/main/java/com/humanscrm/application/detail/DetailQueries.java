package com.humanscrm.application.detail;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

/** The detail views of humans and accounts, which gather what other records say about them. */
public final class DetailQueries {

    private final DetailReads reads;

    public DetailQueries(DetailReads reads) {
        this.reads = reads;
    }

    public HumanDetail human(Actor actor, HumanId id) {
        actor.require(Permission.VIEW_RECORDS);
        return reads.human(id).orElseThrow(() -> NotFoundException.of(RecordKind.HUMAN, id));
    }

    public AccountDetail account(Actor actor, AccountId id) {
        actor.require(Permission.VIEW_RECORDS);
        return reads.account(id).orElseThrow(() -> NotFoundException.of(RecordKind.ACCOUNT, id));
    }
}
