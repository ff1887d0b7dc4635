package com.humanscrm.adapters.persistence.geo;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.GeoRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqGeoRepositoryContractTest extends GeoRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected GeoInterestRepository places() {
        return database.persistence().geoInterests();
    }

    @Override
    protected ExpressionRepository expressions() {
        return database.persistence().geoInterestExpressions();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
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
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
