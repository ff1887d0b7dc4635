package com.humanscrm.application;

import com.humanscrm.application.account.AccountUseCases;
import com.humanscrm.application.activity.ActivityUseCases;
import com.humanscrm.application.apikey.ApiKeyUseCases;
import com.humanscrm.application.audit.AuditQueries;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.booking.BookingUseCases;
import com.humanscrm.application.booking.BookingsOfRecords;
import com.humanscrm.application.colleague.ColleagueUseCases;
import com.humanscrm.application.detail.DetailQueries;
import com.humanscrm.application.document.AttachableRecords;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.document.DocumentUseCases;
import com.humanscrm.application.flight.FlightUseCases;
import com.humanscrm.application.geo.GeoUseCases;
import com.humanscrm.application.human.HumanUseCases;
import com.humanscrm.application.idempotency.Idempotency;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.lookup.LookupUseCases;
import com.humanscrm.application.pet.PetRemoval;
import com.humanscrm.application.pet.PetUseCases;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.session.SessionUseCases;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.application.signin.SignInPolicy;
import com.humanscrm.application.signin.SignInUseCases;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Map;

/**
 * The CRM's inbound ports, a record of use cases per feature, each wired over the ports it needs. A new
 * feature adds its own record and one line here; an adapter is handed only the features it serves.
 */
public record UseCases(HumanUseCases humans, AccountUseCases accounts, ActivityUseCases activities, PetUseCases pets,
                       FlightUseCases flights, BookingUseCases bookings, GeoUseCases geo,
                       DetailQueries details,
                       LookupUseCases lookups, ColleagueUseCases colleagues, ApiKeyUseCases apiKeys,
                       SessionUseCases sessions, SignInUseCases signIn, DocumentUseCases documents, AuditQueries audit,
                       Idempotency idempotency) {

    public static UseCases over(Ports ports, Limits limits, SignInPolicy signIn) {
        Storage storage = ports.storage();
        Essentials core = new Essentials(storage.unitOfWork(), new AuditTrail(storage.auditLog(), ports.clock()), ports.clock());
        DocumentRemoval documentRemoval = new DocumentRemoval(storage.documents(), ports.blobs(), core.unitOfWork(), core.audit());
        // One entry per kind of record that exists: the records documents can be attached to.
        AttachableRecords attachable = new AttachableRecords(Map.of(
                RecordKind.HUMAN, id -> storage.humans().holdIfExists(new HumanId(id)),
                RecordKind.ACCOUNT, id -> storage.accounts().holdIfExists(new AccountId(id)),
                RecordKind.ACTIVITY, id -> storage.activities().holdIfExists(new ActivityId(id)),
                RecordKind.PET, id -> storage.pets().holdIfExists(new PetId(id)),
                RecordKind.BOOKING, id -> storage.bookings().holdIfExists(new BookingId(id))));
        Idempotency idempotency = new Idempotency(storage.idempotencyKeys(), ports.clock());
        Labels labels = new Labels(storage.lookups());
        References references = new References(storage.humans(), storage.accounts(), storage.activities(), storage.pets(),
                storage.flights());
        BookingsOfRecords bookingsOfRecords = new BookingsOfRecords(storage.bookings(), core.audit(), core.clock());
        PetRemoval petRemoval = new PetRemoval(storage.pets(), core.audit(), documentRemoval, bookingsOfRecords);
        return new UseCases(
                HumanUseCases.over(storage.humans(), labels, documentRemoval, petRemoval, core),
                AccountUseCases.over(storage.accounts(), references, labels, documentRemoval, core),
                ActivityUseCases.over(storage.activities(), references, documentRemoval, core),
                PetUseCases.over(storage.pets(), references, petRemoval, bookingsOfRecords, core),
                FlightUseCases.over(storage.flights(), bookingsOfRecords, core),
                BookingUseCases.over(storage.bookings(), storage.flights(), references, core),
                GeoUseCases.over(storage.geoInterests(), storage.geoInterestExpressions(), references, core),
                new DetailQueries(storage.detailReads()),
                LookupUseCases.over(storage.lookups(), core),
                ColleagueUseCases.over(storage.colleagues(), core),
                ApiKeyUseCases.over(storage.apiKeys(), storage.colleagues(), core),
                SessionUseCases.over(storage.sessions(), storage.colleagues(), core),
                SignInUseCases.over(storage.signInAttempts(), ports.identityProvider(), storage.colleagues(), storage.sessions(),
                        signIn, core),
                DocumentUseCases.over(storage.documents(), ports.blobs(), ports.contentTypes(), attachable, documentRemoval,
                        idempotency, limits.maxDocumentBytes(), core),
                new AuditQueries(storage.auditLog()),
                idempotency);
    }
}
