package com.humanscrm.adapters.http.pet;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.pet.DeletePet;
import com.humanscrm.application.pet.PetListQuery;
import com.humanscrm.application.pet.PetSortField;
import com.humanscrm.application.pet.PetUseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/pets}: the animals that fly, each its human's, and the breeds one may be recorded as. */
public final class PetRoutes {

    static final String PATH = "/api/pets";

    private final PetUseCases pets;

    private PetRoutes(PetUseCases pets) {
        this.pets = pets;
    }

    public static void register(RoutesConfig routes, PetUseCases useCases) {
        PetRoutes pets = new PetRoutes(useCases);
        routes.get(PATH, pets::list);
        routes.post(PATH, pets::create);
        // Before "/{id}", which would otherwise take "breeds" for an id.
        routes.get(PATH + "/breeds", pets::breeds);
        routes.get(PATH + "/{id}", pets::get);
        routes.patch(PATH + "/{id}", pets::change);
        routes.delete(PATH + "/{id}", pets::delete);
    }

    private static PetId petId(Context ctx) {
        return new PetId(Params.pathId(ctx, "id", RecordKind.PET));
    }

    private void list(Context ctx) {
        Sort<PetSortField> sort = Sort.parse(Params.text(ctx, "sort"), PetSortField.class, PetListQuery.DEFAULT_SORT);
        PageRequest page = Lists.pageRequest(ctx, sort.token());
        PetListQuery query = new PetListQuery(
                Params.query(ctx, "humanId", id -> new HumanId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "breed", breed -> Breed.fromDisplayName(breed, "breed")),
                Params.bool(ctx, "isActive"), Params.text(ctx, "q"), sort, page);
        Lists.respond(ctx, page, pets.queries().list(actor(ctx), query), PetResponse::from);
    }

    private void breeds(Context ctx) {
        Responses.ok(ctx, pets.queries().breeds(actor(ctx)).stream().map(BreedResponse::from).toList());
    }

    private void create(Context ctx) {
        CreatePetRequest request = Bodies.read(ctx, CreatePetRequest.class);
        Pet pet = pets.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + pet.id(), PetResponse.from(pet));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, PetResponse.from(pets.queries().get(actor(ctx), petId(ctx))));
    }

    private void change(Context ctx) {
        PetId id = petId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangePetRequest request = Bodies.read(ctx, ChangePetRequest.class);
        Responses.ok(ctx, PetResponse.from(pets.change().execute(actor(ctx), request.toCommand(id, expectedVersion))));
    }

    private void delete(Context ctx) {
        pets.delete().execute(actor(ctx), new DeletePet.Command(petId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}
