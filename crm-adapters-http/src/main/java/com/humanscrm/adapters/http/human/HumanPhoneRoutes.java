package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.human.HumanUseCases;
import com.humanscrm.application.human.RemoveHumanPhone;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanPhone;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/** {@code /api/humans/{id}/phone-numbers}: a human's phone numbers. */
final class HumanPhoneRoutes {

    private static final String PATH = HumanRoutes.PATH + "/{id}/phone-numbers";

    private final HumanUseCases humans;

    private HumanPhoneRoutes(HumanUseCases humans) {
        this.humans = humans;
    }

    static void register(RoutesConfig routes, HumanUseCases useCases) {
        HumanPhoneRoutes phones = new HumanPhoneRoutes(useCases);
        routes.post(PATH, phones::add);
        routes.patch(PATH + "/{phoneId}", phones::change);
        routes.delete(PATH + "/{phoneId}", phones::remove);
    }

    private void add(Context ctx) {
        HumanId humanId = HumanRoutes.humanId(ctx);
        NewPhoneRequest request = Bodies.read(ctx, NewPhoneRequest.class);
        HumanPhone phone = humans.addPhone().execute(actor(ctx), request.toCommand(humanId));
        Responses.created(ctx, HumanRoutes.location(humanId) + "/phone-numbers/" + phone.id(), PhoneResponse.from(phone));
    }

    private void change(Context ctx) {
        HumanId humanId = HumanRoutes.humanId(ctx);
        UUID phoneId = phoneId(ctx);
        ChangePhoneRequest request = Bodies.read(ctx, ChangePhoneRequest.class);
        HumanPhone phone = humans.changePhone().execute(actor(ctx),
                request.toCommand(humanId, phoneId, Versions.expected(ctx)));
        Responses.ok(ctx, PhoneResponse.from(phone));
    }

    private void remove(Context ctx) {
        humans.removePhone().execute(actor(ctx), new RemoveHumanPhone.Command(HumanRoutes.humanId(ctx), phoneId(ctx),
                Versions.expected(ctx)));
        Responses.noContent(ctx);
    }

    private static UUID phoneId(Context ctx) {
        return Params.pathId(ctx, "phoneId", RecordKind.PHONE_NUMBER);
    }
}
