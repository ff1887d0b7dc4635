package com.humanscrm.adapters.http.account;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.contact.ContactPointRoutes;
import com.humanscrm.adapters.http.contact.ContactPointWire;
import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.account.AccountListQuery;
import com.humanscrm.application.account.AccountSortField;
import com.humanscrm.application.account.AccountUseCases;
import com.humanscrm.application.account.ChangeLinkRole;
import com.humanscrm.application.account.DeleteAccount;
import com.humanscrm.application.account.UnlinkHuman;
import com.humanscrm.application.detail.DetailQueries;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * {@code /api/accounts}: the organisations the company works with, with their emails, phone numbers and
 * linked humans as sub-resources.
 */
public final class AccountRoutes {

    static final String PATH = "/api/accounts";
    private static final String LINKS = PATH + "/{id}/humans";

    private final AccountUseCases accounts;
    private final DetailQueries details;

    private AccountRoutes(AccountUseCases accounts, DetailQueries details) {
        this.accounts = accounts;
        this.details = details;
    }

    public static void register(RoutesConfig routes, AccountUseCases useCases, DetailQueries details) {
        AccountRoutes accounts = new AccountRoutes(useCases, details);
        routes.get(PATH, accounts::list);
        routes.post(PATH, accounts::create);
        routes.get(PATH + "/{id}", accounts::get);
        routes.patch(PATH + "/{id}", accounts::change);
        routes.delete(PATH + "/{id}", accounts::delete);
        ContactPointRoutes.register(routes, PATH, RecordKind.ACCOUNT, ContactPointWire.EMAILS, useCases.emails());
        ContactPointRoutes.register(routes, PATH, RecordKind.ACCOUNT, ContactPointWire.PHONES, useCases.phones());
        routes.post(LINKS, accounts::link);
        routes.patch(LINKS + "/{linkId}", accounts::changeLink);
        routes.delete(LINKS + "/{linkId}", accounts::unlink);
    }

    /** The account named by the {@code {id}} path parameter. */
    private static AccountId accountId(Context ctx) {
        return new AccountId(Params.pathId(ctx, "id", RecordKind.ACCOUNT));
    }

    private void list(Context ctx) {
        Sort<AccountSortField> sort = Sort.parse(Params.text(ctx, "sort"), AccountSortField.class, AccountListQuery.DEFAULT_SORT);
        PageRequest page = Lists.pageRequest(ctx, sort.token());
        AccountListQuery query = new AccountListQuery(
                Params.query(ctx, "status", status -> PartyStatus.fromWireName(status, "status")),
                Params.query(ctx, "typeId", typeId -> new LookupItemId(Params.canonicalUuid(typeId)), "must be a UUID"),
                Params.text(ctx, "q"), sort, page);
        Lists.respond(ctx, page, accounts.queries().list(actor(ctx), query), AccountSummaryResponse::from);
    }

    private void create(Context ctx) {
        CreateAccountRequest request = Bodies.read(ctx, CreateAccountRequest.class);
        Account account = accounts.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + account.id(), AccountResponse.from(account));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, AccountResponse.from(details.account(actor(ctx), accountId(ctx))));
    }

    private void change(Context ctx) {
        AccountId id = accountId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeAccountRequest request = Bodies.read(ctx, ChangeAccountRequest.class);
        Responses.ok(ctx, AccountResponse.from(accounts.change().execute(actor(ctx), request.toCommand(id, expectedVersion))));
    }

    private void link(Context ctx) {
        AccountId id = accountId(ctx);
        LinkHumanRequest request = Bodies.read(ctx, LinkHumanRequest.class);
        HumanLink link = accounts.link().execute(actor(ctx), request.toCommand(id));
        Responses.created(ctx, PATH + "/" + id + "/humans/" + link.id(), LinkResponse.from(link));
    }

    private void changeLink(Context ctx) {
        AccountId id = accountId(ctx);
        UUID linkId = linkId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeLinkRequest request = Bodies.read(ctx, ChangeLinkRequest.class);
        Responses.ok(ctx, LinkResponse.from(accounts.changeLink().execute(actor(ctx),
                new ChangeLinkRole.Command(id, linkId, request.roleId(), expectedVersion))));
    }

    private void unlink(Context ctx) {
        accounts.unlink().execute(actor(ctx), new UnlinkHuman.Command(accountId(ctx), linkId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }

    private static UUID linkId(Context ctx) {
        return Params.pathId(ctx, "linkId", RecordKind.ACCOUNT_LINK);
    }

    private void delete(Context ctx) {
        accounts.delete().execute(actor(ctx), new DeleteAccount.Command(accountId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}
