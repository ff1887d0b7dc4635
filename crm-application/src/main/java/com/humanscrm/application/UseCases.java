package com.humanscrm.application;

import com.humanscrm.application.apikey.ApiKeyQueries;
import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.application.apikey.RevokeApiKey;
import com.humanscrm.application.audit.AuditQueries;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.auth.AuthenticateApiKey;
import com.humanscrm.application.colleague.AddColleague;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.colleague.ColleagueQueries;
import com.humanscrm.application.document.AttachableRecords;
import com.humanscrm.application.document.DeleteDocument;
import com.humanscrm.application.document.DocumentQueries;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.document.ReconcileDocumentBlobs;
import com.humanscrm.application.document.UploadDocument;
import com.humanscrm.application.human.AddHumanEmail;
import com.humanscrm.application.human.AddHumanPhone;
import com.humanscrm.application.human.ChangeHuman;
import com.humanscrm.application.human.ChangeHumanEmail;
import com.humanscrm.application.human.ChangeHumanPhone;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.human.HumanQueries;
import com.humanscrm.application.human.RemoveHumanEmail;
import com.humanscrm.application.human.RemoveHumanPhone;
import com.humanscrm.application.idempotency.Idempotency;
import com.humanscrm.application.lookup.AddLookupItem;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.lookup.LookupQueries;
import com.humanscrm.application.lookup.RemoveLookupItem;
import com.humanscrm.application.lookup.RenameLookupItem;
import com.humanscrm.application.session.AuthenticateSession;
import com.humanscrm.application.session.RevokeSession;
import com.humanscrm.application.session.SessionQueries;
import com.humanscrm.application.session.SignOut;
import com.humanscrm.application.signin.BeginSignIn;
import com.humanscrm.application.signin.CompleteSignIn;
import com.humanscrm.application.signin.SignInPolicy;
import com.humanscrm.domain.document.RecordKind;
import com.humanscrm.domain.human.HumanId;

import java.util.Map;

/** Every inbound port of the CRM, wired once over the given outbound ports. */
public record UseCases(
        AuthenticateApiKey authenticateApiKey,
        HumanQueries humanQueries, CreateHuman createHuman, ChangeHuman changeHuman, DeleteHuman deleteHuman,
        AddHumanEmail addHumanEmail, ChangeHumanEmail changeHumanEmail, RemoveHumanEmail removeHumanEmail,
        AddHumanPhone addHumanPhone, ChangeHumanPhone changeHumanPhone, RemoveHumanPhone removeHumanPhone,
        LookupQueries lookupQueries, AddLookupItem addLookupItem, RenameLookupItem renameLookupItem,
        RemoveLookupItem removeLookupItem,
        ColleagueQueries colleagueQueries, AddColleague addColleague, ChangeColleague changeColleague,
        ApiKeyQueries apiKeyQueries, CreateApiKey createApiKey, RevokeApiKey revokeApiKey,
        AuditQueries auditQueries, Idempotency idempotency,
        DocumentQueries documentQueries, UploadDocument uploadDocument, DeleteDocument deleteDocument,
        ReconcileDocumentBlobs reconcileDocumentBlobs,
        BeginSignIn beginSignIn, CompleteSignIn completeSignIn, AuthenticateSession authenticateSession, SignOut signOut,
        SessionQueries sessionQueries, RevokeSession revokeSession) {

    public static UseCases over(Ports ports, Limits limits, SignInPolicy signIn) {
        var uow = ports.unitOfWork();
        var clock = ports.clock();
        var audit = new AuditTrail(ports.auditLog(), clock);
        var labels = new Labels(ports.lookups());
        var humans = ports.humans();
        var lookups = ports.lookups();
        var colleagues = ports.colleagues();
        var apiKeys = ports.apiKeys();
        var documents = ports.documents();
        var blobs = ports.blobs();
        var documentRemoval = new DocumentRemoval(documents, blobs, uow, audit);
        // One entry per kind of record that exists: the records documents can be attached to.
        var attachableRecords = new AttachableRecords(Map.of(
                RecordKind.HUMAN, id -> humans.holdIfExists(new HumanId(id))));
        return new UseCases(
                new AuthenticateApiKey(apiKeys, clock),
                new HumanQueries(humans), new CreateHuman(humans, labels, uow, audit, clock),
                new ChangeHuman(humans, uow, audit, clock), new DeleteHuman(humans, uow, audit, documentRemoval),
                new AddHumanEmail(humans, labels, uow, audit, clock), new ChangeHumanEmail(humans, labels, uow, audit, clock),
                new RemoveHumanEmail(humans, uow, audit, clock),
                new AddHumanPhone(humans, labels, uow, audit, clock), new ChangeHumanPhone(humans, labels, uow, audit, clock),
                new RemoveHumanPhone(humans, uow, audit, clock),
                new LookupQueries(lookups), new AddLookupItem(lookups, uow, audit, clock),
                new RenameLookupItem(lookups, uow, audit, clock), new RemoveLookupItem(lookups, uow, audit),
                new ColleagueQueries(colleagues), new AddColleague(colleagues, uow, audit, clock),
                new ChangeColleague(colleagues, uow, audit, clock),
                new ApiKeyQueries(apiKeys), new CreateApiKey(apiKeys, colleagues, uow, audit, clock),
                new RevokeApiKey(apiKeys, uow, audit, clock),
                new AuditQueries(ports.auditLog()), new Idempotency(ports.idempotencyKeys(), clock),
                new DocumentQueries(documents, blobs),
                new UploadDocument(attachableRecords, documents, blobs, ports.contentTypes(), documentRemoval, uow, audit,
                        clock, limits.maxDocumentBytes()),
                new DeleteDocument(documents, documentRemoval, uow),
                new ReconcileDocumentBlobs(documents, documentRemoval, blobs, clock),
                new BeginSignIn(ports.signInAttempts(), ports.identityProvider(), signIn, uow, clock),
                new CompleteSignIn(ports.signInAttempts(), ports.identityProvider(), colleagues, ports.sessions(), signIn,
                        uow, audit, clock),
                new AuthenticateSession(ports.sessions(), clock), new SignOut(ports.sessions(), uow, audit),
                new SessionQueries(ports.sessions(), clock), new RevokeSession(ports.sessions(), uow, audit));
    }
}
