package com.humanscrm.application.testing;

import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.GeoRepositoryContract;

/** The fakes, with the references {@link InMemoryCrm} wires, must behave as the database does. */
class InMemoryGeoRepositoryContractTest extends GeoRepositoryContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected GeoInterestRepository places() {
        return crm.geoInterests;
    }

    @Override
    protected ExpressionRepository expressions() {
        return crm.expressions;
    }

    @Override
    protected HumanRepository humans() {
        return crm.humans;
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
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }
}
