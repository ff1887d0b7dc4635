package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.human.HumanUseCases;
import com.humanscrm.application.human.RemoveHumanEmail;
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/** {@code /api/humans/{id}/emails}: a human's email addresses. */
final class HumanEmailRoutes {

    private static final String PATH = HumanRoutes.PATH + "/{id}/emails";

    private final HumanUseCases humans;

    private HumanEmailRoutes(HumanUseCases humans) {
        this.humans = humans;
    }

    static void register(RoutesConfig routes, HumanUseCases useCases) {
        HumanEmailRoutes emails = new HumanEmailRoutes(useCases);
        routes.post(PATH, emails::add);
        routes.patch(PATH + "/{emailId}", emails::change);
        routes.delete(PATH + "/{emailId}", emails::remove);
    }

    private void add(Context ctx) {
        HumanId humanId = HumanRoutes.humanId(ctx);
        NewEmailRequest request = Bodies.read(ctx, NewEmailRequest.class);
        HumanEmail email = humans.addEmail().execute(actor(ctx), request.toCommand(humanId));
        Responses.created(ctx, HumanRoutes.location(humanId) + "/emails/" + email.id(), EmailResponse.from(email));
    }

    private void change(Context ctx) {
        HumanId humanId = HumanRoutes.humanId(ctx);
        UUID emailId = emailId(ctx);
        ChangeEmailRequest request = Bodies.read(ctx, ChangeEmailRequest.class);
        HumanEmail email = humans.changeEmail().execute(actor(ctx),
                request.toCommand(humanId, emailId, Versions.expected(ctx)));
        Responses.ok(ctx, EmailResponse.from(email));
    }

    private void remove(Context ctx) {
        humans.removeEmail().execute(actor(ctx), new RemoveHumanEmail.Command(HumanRoutes.humanId(ctx), emailId(ctx),
                Versions.expected(ctx)));
        Responses.noContent(ctx);
    }

    private static UUID emailId(Context ctx) {
        return Params.pathId(ctx, "emailId", RecordKind.EMAIL);
    }
}
