package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.contact.ContactPointRoutes;
import com.humanscrm.adapters.http.contact.ContactPointWire;
import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.human.HumanUseCases;
import com.humanscrm.application.detail.DetailQueries;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.human.HumanType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/humans}: the CRM's clients, with their emails and phone numbers as sub-resources. */
public final class HumanRoutes {

    static final String PATH = "/api/humans";

    private final HumanUseCases humans;
    private final DetailQueries details;

    private HumanRoutes(HumanUseCases humans, DetailQueries details) {
        this.humans = humans;
        this.details = details;
    }

    public static void register(RoutesConfig routes, HumanUseCases useCases, DetailQueries details) {
        HumanRoutes humans = new HumanRoutes(useCases, details);
        routes.get(PATH, humans::list);
        routes.post(PATH, humans::create);
        routes.get(PATH + "/{id}", humans::get);
        routes.patch(PATH + "/{id}", humans::change);
        routes.delete(PATH + "/{id}", humans::delete);
        ContactPointRoutes.register(routes, PATH, RecordKind.HUMAN, ContactPointWire.EMAILS, useCases.emails());
        ContactPointRoutes.register(routes, PATH, RecordKind.HUMAN, ContactPointWire.PHONES, useCases.phones());
    }

    /** The human named by the {@code {id}} path parameter. */
    private static HumanId humanId(Context ctx) {
        return new HumanId(Params.pathId(ctx, "id", RecordKind.HUMAN));
    }

    private static String location(HumanId id) {
        return PATH + "/" + id;
    }

    private void list(Context ctx) {
        Sort<HumanSortField> sort = Sort.parse(Params.text(ctx, "sort"), HumanSortField.class, HumanListQuery.DEFAULT_SORT);
        PageRequest page = Lists.pageRequest(ctx, sort.token());
        HumanListQuery query = new HumanListQuery(
                Params.query(ctx, "status", status -> PartyStatus.fromWireName(status, "status")),
                Params.query(ctx, "type", type -> HumanType.fromWireName(type, "type")),
                Params.text(ctx, "q"), sort, page);
        Lists.respond(ctx, page, humans.queries().list(actor(ctx), query), HumanSummaryResponse::from);
    }

    private void create(Context ctx) {
        CreateHumanRequest request = Bodies.read(ctx, CreateHumanRequest.class);
        Human human = humans.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, location(human.id()), HumanResponse.from(human));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, HumanResponse.from(details.human(actor(ctx), humanId(ctx))));
    }

    private void change(Context ctx) {
        HumanId id = humanId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeHumanRequest request = Bodies.read(ctx, ChangeHumanRequest.class);
        Human human = humans.change().execute(actor(ctx), request.toCommand(id, expectedVersion));
        Responses.ok(ctx, HumanResponse.from(human));
    }

    private void delete(Context ctx) {
        humans.delete().execute(actor(ctx), new DeleteHuman.Command(humanId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}
