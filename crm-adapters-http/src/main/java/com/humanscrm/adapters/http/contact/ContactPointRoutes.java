package com.humanscrm.adapters.http.contact;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.contact.AddContactPoint;
import com.humanscrm.application.contact.ChangeContactPoint;
import com.humanscrm.application.contact.ContactPointUseCases;
import com.humanscrm.application.contact.RemoveContactPoint;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * {@code {owner}/{id}/emails} and {@code {owner}/{id}/phone-numbers}: the contact points of any owner
 * ({@code /api/humans}, later {@code /api/accounts}), one implementation for every owner and kind.
 */
public final class ContactPointRoutes<V extends ContactValue> {

    private final String ownerPath;
    private final RecordKind ownerKind;
    private final ContactPointWire<V> wire;
    private final ContactPointUseCases<V> useCases;

    private ContactPointRoutes(String ownerPath, RecordKind ownerKind, ContactPointWire<V> wire,
                               ContactPointUseCases<V> useCases) {
        this.ownerPath = ownerPath;
        this.ownerKind = ownerKind;
        this.wire = wire;
        this.useCases = useCases;
    }

    public static <V extends ContactValue> void register(RoutesConfig routes, String ownerPath, RecordKind ownerKind,
                                                         ContactPointWire<V> wire, ContactPointUseCases<V> useCases) {
        ContactPointRoutes<V> points = new ContactPointRoutes<>(ownerPath, ownerKind, wire, useCases);
        String path = ownerPath + "/{id}/" + wire.segment();
        routes.post(path, points::add);
        routes.patch(path + "/{" + wire.idParameter() + "}", points::change);
        routes.delete(path + "/{" + wire.idParameter() + "}", points::remove);
    }

    private void add(Context ctx) {
        UUID ownerId = ownerId(ctx);
        NewContactRequest<V> request = Bodies.read(ctx, wire.newBody());
        ContactPoint<V> point = useCases.add().execute(actor(ctx), new AddContactPoint.Command<>(ownerId, request.toInput()));
        Responses.created(ctx, ownerPath + "/" + ownerId + "/" + wire.segment() + "/" + point.id(), wire.response().apply(point));
    }

    private void change(Context ctx) {
        UUID ownerId = ownerId(ctx);
        UUID id = pointId(ctx);
        ContactChangeRequest<V> request = Bodies.read(ctx, wire.changeBody());
        ContactPoint<V> point = useCases.change().execute(actor(ctx),
                new ChangeContactPoint.Command<>(ownerId, id, request.toChange(), Versions.expected(ctx)));
        Responses.ok(ctx, wire.response().apply(point));
    }

    private void remove(Context ctx) {
        useCases.remove().execute(actor(ctx), new RemoveContactPoint.Command(ownerId(ctx), pointId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }

    private UUID ownerId(Context ctx) {
        return Params.pathId(ctx, "id", ownerKind);
    }

    private UUID pointId(Context ctx) {
        return Params.pathId(ctx, wire.idParameter(), wire.kind());
    }
}
