package com.humanscrm.application.testing;

import com.humanscrm.application.Limits;
import com.humanscrm.application.Ports;
import com.humanscrm.application.Storage;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.SignInAttempts;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.SignInPolicy;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import java.net.URI;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The whole application over in-memory fakes, with helpers to set up colleagues and keys:
 * what use-case and HTTP tests run against.
 */
public final class InMemoryCrm {

    public final MutableClock clock = MutableClock.startingAt("2026-01-01T09:00:00Z");
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final InMemoryLookupRepository lookups = InMemoryLookupRepository.seeded(clock);
    public final InMemoryHumanRepository humans = new InMemoryHumanRepository(lookups);
    public final InMemoryAccountRepository accounts = new InMemoryAccountRepository(lookups);
    public final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    public final InMemoryPetRepository pets = new InMemoryPetRepository();
    public final InMemoryFlightRepository flights = new InMemoryFlightRepository();
    public final InMemoryBookingRepository bookings = new InMemoryBookingRepository();
    public final InMemoryExpressionRepository expressions = new InMemoryExpressionRepository();
    public final InMemoryGeoInterestRepository geoInterests = new InMemoryGeoInterestRepository(expressions::all);
    private final InMemoryDetailReads detailReads = new InMemoryDetailReads(humans, accounts, activities, pets, expressions);
    public final InMemoryColleagueRepository colleagues = new InMemoryColleagueRepository();
    public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(colleagues);
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryIdempotencyStore idempotencyKeys = new InMemoryIdempotencyStore();
    public final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    public final InMemoryBlobStore blobs = new InMemoryBlobStore(clock);
    public final InMemorySessionRepository sessions = new InMemorySessionRepository(colleagues);
    public final InMemorySignInAttempts signInAttempts = new InMemorySignInAttempts();
    /** A {@link FakeIdentityProvider} unless the test brought a real one. */
    public final IdentityProvider identityProvider;
    public final SignInPolicy signInPolicy;
    private final Limits limits;
    public final UseCases useCases;
    private final Storage storage = new Storage() {
        @Override
        public UnitOfWork unitOfWork() {
            return unitOfWork;
        }

        @Override
        public AuditLog auditLog() {
            return auditLog;
        }

        @Override
        public IdempotencyStore idempotencyKeys() {
            return idempotencyKeys;
        }

        @Override
        public HumanRepository humans() {
            return humans;
        }

        @Override
        public AccountRepository accounts() {
            return accounts;
        }

        @Override
        public ActivityRepository activities() {
            return activities;
        }

        @Override
        public PetRepository pets() {
            return pets;
        }

        @Override
        public FlightRepository flights() {
            return flights;
        }

        @Override
        public BookingRepository bookings() {
            return bookings;
        }

        @Override
        public GeoInterestRepository geoInterests() {
            return geoInterests;
        }

        @Override
        public ExpressionRepository geoInterestExpressions() {
            return expressions;
        }

        @Override
        public DetailReads detailReads() {
            return detailReads;
        }

        @Override
        public LookupRepository lookups() {
            return lookups;
        }

        @Override
        public ColleagueRepository colleagues() {
            return colleagues;
        }

        @Override
        public ApiKeyRepository apiKeys() {
            return apiKeys;
        }

        @Override
        public DocumentRepository documents() {
            return documents;
        }

        @Override
        public SessionRepository sessions() {
            return sessions;
        }

        @Override
        public SignInAttempts signInAttempts() {
            return signInAttempts;
        }
    };

    /** The app's own URL in tests, and the one other origin allowed to send browsers here. */
    public static final SignInPolicy SIGN_IN_POLICY = new SignInPolicy(URI.create("https://crm.example.test"),
            Set.of("https://app.example.test"), null);

    public InMemoryCrm() {
        this(Limits.defaults());
    }

    public InMemoryCrm(Limits limits) {
        this(limits, SIGN_IN_POLICY, new FakeIdentityProvider());
    }

    public InMemoryCrm(SignInPolicy signInPolicy, IdentityProvider identityProvider) {
        this(Limits.defaults(), signInPolicy, identityProvider);
    }

    private InMemoryCrm(Limits limits, SignInPolicy signInPolicy, IdentityProvider identityProvider) {
        this.identityProvider = identityProvider;
        this.signInPolicy = signInPolicy;
        this.limits = limits;
        lookups.useCheckedBy(id -> humans.usesLabel(id) || accounts.usesLabel(id));
        humans.onRemoval(human -> {
            if (activities.mentions(human)) {
                throw ConflictException.inUse("Activities are about the human " + human);
            }
            if (pets.mentions(human)) {
                throw ConflictException.inUse("The human " + human + " has pets");
            }
            if (bookings.mentions(human)) {
                throw ConflictException.inUse("Bookings are in the name of the human " + human);
            }
            accounts.unlinkAll(human);
            expressions.removeAllBy(human);
        });
        activities.onRemoval(expressions::forget);
        flights.onRemoval(flight -> {
            if (bookings.mentions(flight)) {
                throw ConflictException.inUse("Bookings are on the flight " + flight);
            }
        });
        expressions.placesFrom(geoInterests::findById);
        accounts.onRemoval(account -> {
            if (activities.mentions(account)) {
                throw ConflictException.inUse("Activities are about the account " + account);
            }
        });
        useCases = UseCases.over(ports(), limits, signInPolicy);
    }

    /** This CRM's fakes as the storage port. */
    public Storage storage() {
        return storage;
    }

    private Ports ports() {
        return new Ports(storage, blobs, new MagicNumberDetector(), identityProvider, clock);
    }

    /**
     * The use cases over this CRM's ports with some replaced, for a test that makes one fail or watches it:
     * {@code crm.useCasesWith(ports -> ports.withBlobs(failing))}, or a store of the storage port replaced by name
     * with a {@link DelegatingStorage}.
     */
    public UseCases useCasesWith(UnaryOperator<Ports> replace) {
        return UseCases.over(replace.apply(ports()), limits, signInPolicy);
    }

    /** A new active colleague with this role. */
    public Colleague colleague(Role role) {
        String email = role.wireName() + "-" + java.util.UUID.randomUUID() + "@humans.test";
        return useCases.colleagues().add().execute(Actor.operator(),
                new com.humanscrm.application.colleague.AddColleague.Command(email, "Test", null, role.wireName(), null, role.wireName()));
    }

    /** The secret of a new API key of a new colleague with this role. */
    public String apiKey(Role role) {
        return apiKeyFor(colleague(role));
    }

    /** The secret of a new API key of this colleague, with their role. */
    public String apiKeyFor(Colleague colleague) {
        ApiKeySecret secret = useCases.apiKeys().create().execute(Actor.operator(),
                new com.humanscrm.application.apikey.CreateApiKey.Command(colleague.id(), null, "test key", null, null)).secret();
        return secret.value();
    }

    /** An actor with this role, as a request authenticated as a new colleague would have. */
    public Actor actor(Role role) {
        Colleague colleague = colleague(role);
        return new Actor(colleague.id(), null, role, "test-request", "127.0.0.1");
    }
}
