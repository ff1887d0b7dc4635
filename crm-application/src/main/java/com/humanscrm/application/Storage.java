package com.humanscrm.application;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.SignInAttempts;

/**
 * The ports one database provides: the transaction, and a store for each kind of record. A new kind of
 * record adds one method here; each feature's use cases take from it what they need.
 */
public interface Storage {

    UnitOfWork unitOfWork();

    AuditLog auditLog();

    IdempotencyStore idempotencyKeys();

    HumanRepository humans();

    AccountRepository accounts();

    ActivityRepository activities();

    PetRepository pets();

    FlightRepository flights();

    BookingRepository bookings();

    GeoInterestRepository geoInterests();

    ExpressionRepository geoInterestExpressions();

    /** Humans and accounts with what other records say of them, for their detail views. */
    DetailReads detailReads();

    LookupRepository lookups();

    ColleagueRepository colleagues();

    ApiKeyRepository apiKeys();

    DocumentRepository documents();

    SessionRepository sessions();

    SignInAttempts signInAttempts();
}
