package com.humanscrm.application.testing;

import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.PetRepositoryContract;

/** The fake, with the references {@link InMemoryCrm} wires, must behave as the database does. */
class InMemoryPetRepositoryContractTest extends PetRepositoryContract {

    private final InMemoryCrm crm = new InMemoryCrm();

    @Override
    protected PetRepository pets() {
        return crm.pets;
    }

    @Override
    protected HumanRepository humans() {
        return crm.humans;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return crm.unitOfWork;
    }
}
