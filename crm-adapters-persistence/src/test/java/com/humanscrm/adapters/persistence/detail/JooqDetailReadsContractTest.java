package com.humanscrm.adapters.persistence.detail;

import com.humanscrm.adapters.persistence.FreshDatabase;
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
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqDetailReadsContractTest extends DetailReadsContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected DetailReads reads() {
        return database.persistence().detailReads();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected AccountRepository accounts() {
        return database.persistence().accounts();
    }

    @Override
    protected ActivityRepository activities() {
        return database.persistence().activities();
    }

    @Override
    protected ColleagueRepository colleagues() {
        return database.persistence().colleagues();
    }

    @Override
    protected LookupRepository lookups() {
        return database.persistence().lookups();
    }

    @Override
    protected GeoInterestRepository geoInterests() {
        return database.persistence().geoInterests();
    }

    @Override
    protected ExpressionRepository expressions() {
        return database.persistence().geoInterestExpressions();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }

    @Override
    protected PetRepository pets() {
        return database.persistence().pets();
    }
}
