package com.humanscrm.application.testing;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.DetailReadsContract;

class InMemoryDetailReadsContractTest extends DetailReadsContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected DetailReads reads() {
        return crm.storage().detailReads();
    }

    @Override
    protected HumanRepository humans() {
        return crm.humans;
    }

    @Override
    protected AccountRepository accounts() {
        return crm.accounts;
    }

    @Override
    protected ActivityRepository activities() {
        return crm.activities;
    }

    @Override
    protected ColleagueRepository colleagues() {
        return crm.colleagues;
    }

    @Override
    protected LookupRepository lookups() {
        return crm.lookups;
    }

    @Override
    protected GeoInterestRepository geoInterests() {
        return crm.geoInterests;
    }

    @Override
    protected ExpressionRepository expressions() {
        return crm.expressions;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }

    @Override
    protected PetRepository pets() {
        return crm.pets;
    }
}
