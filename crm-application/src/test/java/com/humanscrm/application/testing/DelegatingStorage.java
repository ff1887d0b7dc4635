package com.humanscrm.application.testing;

import com.humanscrm.application.Storage;
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
 * A storage port that hands out another's stores, for a test to replace one by name:
 * {@code new DelegatingStorage(crm.storage()) { public DocumentRepository documents() { return failing; } }}.
 */
public class DelegatingStorage implements Storage {

    private final Storage delegate;

    public DelegatingStorage(Storage delegate) {
        this.delegate = delegate;
    }

    /** The storage with these documents instead, the store tests replace most. */
    public static Storage withDocuments(Storage storage, DocumentRepository documents) {
        return new DelegatingStorage(storage) {
            @Override
            public DocumentRepository documents() {
                return documents;
            }
        };
    }

    public static Storage withHumans(Storage storage, HumanRepository humans) {
        return new DelegatingStorage(storage) {
            @Override
            public HumanRepository humans() {
                return humans;
            }
        };
    }

    @Override
    public UnitOfWork unitOfWork() {
        return delegate.unitOfWork();
    }

    @Override
    public AuditLog auditLog() {
        return delegate.auditLog();
    }

    @Override
    public IdempotencyStore idempotencyKeys() {
        return delegate.idempotencyKeys();
    }

    @Override
    public HumanRepository humans() {
        return delegate.humans();
    }

    @Override
    public AccountRepository accounts() {
        return delegate.accounts();
    }

    @Override
    public ActivityRepository activities() {
        return delegate.activities();
    }

    @Override
    public PetRepository pets() {
        return delegate.pets();
    }

    @Override
    public FlightRepository flights() {
        return delegate.flights();
    }

    @Override
    public BookingRepository bookings() {
        return delegate.bookings();
    }

    @Override
    public GeoInterestRepository geoInterests() {
        return delegate.geoInterests();
    }

    @Override
    public ExpressionRepository geoInterestExpressions() {
        return delegate.geoInterestExpressions();
    }

    @Override
    public DetailReads detailReads() {
        return delegate.detailReads();
    }

    @Override
    public LookupRepository lookups() {
        return delegate.lookups();
    }

    @Override
    public ColleagueRepository colleagues() {
        return delegate.colleagues();
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return delegate.apiKeys();
    }

    @Override
    public DocumentRepository documents() {
        return delegate.documents();
    }

    @Override
    public SessionRepository sessions() {
        return delegate.sessions();
    }

    @Override
    public SignInAttempts signInAttempts() {
        return delegate.signInAttempts();
    }
}
