package com.humanscrm.adapters.persistence.pet;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.PetRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqPetRepositoryContractTest extends PetRepositoryContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected PetRepository pets() {
        return database.persistence().pets();
    }

    @Override
    protected HumanRepository humans() {
        return database.persistence().humans();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
