package com.humanscrm.adapters.http.activity;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivityUseCases;
import com.humanscrm.application.activity.DeleteActivity;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/activities}: the emails, messages, meetings and calls colleagues log about humans and accounts. */
public final class ActivityRoutes {

    static final String PATH = "/api/activities";

    private final ActivityUseCases activities;

    private ActivityRoutes(ActivityUseCases activities) {
        this.activities = activities;
    }

    public static void register(RoutesConfig routes, ActivityUseCases useCases) {
        ActivityRoutes activities = new ActivityRoutes(useCases);
        routes.get(PATH, activities::list);
        routes.post(PATH, activities::create);
        routes.get(PATH + "/{id}", activities::get);
        routes.patch(PATH + "/{id}", activities::change);
        routes.delete(PATH + "/{id}", activities::delete);
    }

    private static ActivityId activityId(Context ctx) {
        return new ActivityId(Params.pathId(ctx, "id", RecordKind.ACTIVITY));
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, ActivityListQuery.ORDER);
        ActivityListQuery query = new ActivityListQuery(
                Params.query(ctx, "humanId", id -> new HumanId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "accountId", id -> new AccountId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "type", type -> ActivityType.fromWireName(type, "type")),
                Params.query(ctx, "createdBy", id -> new ColleagueId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.moment(ctx, "dateFrom"), Params.moment(ctx, "dateTo"), page);
        Lists.respond(ctx, page, activities.queries().list(actor(ctx), query), ActivityResponse::from);
    }

    private void create(Context ctx) {
        CreateActivityRequest request = Bodies.read(ctx, CreateActivityRequest.class);
        Activity activity = activities.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + activity.id(), ActivityResponse.from(activity));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, ActivityResponse.from(activities.queries().get(actor(ctx), activityId(ctx))));
    }

    private void change(Context ctx) {
        ActivityId id = activityId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeActivityRequest request = Bodies.read(ctx, ChangeActivityRequest.class);
        Responses.ok(ctx, ActivityResponse.from(activities.change().execute(actor(ctx),
                request.toCommand(id, expectedVersion))));
    }

    private void delete(Context ctx) {
        activities.delete().execute(actor(ctx), new DeleteActivity.Command(activityId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}
