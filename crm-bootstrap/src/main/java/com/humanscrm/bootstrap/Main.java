package com.humanscrm.bootstrap;

import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.application.colleague.AddColleague;
import com.humanscrm.application.document.ReconcileDocumentBlobs;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.shared.DomainException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** The {@code crm} command: serve the API, migrate the database, and the operator's first-admin commands. */
public final class Main {

    static final String USAGE = """
            usage: crm <command>
              serve                                start the API (migrates the database first)
              migrate                              apply the database migrations and stop
              colleagues add --email E --first-name F --last-name L --role viewer|agent|manager|admin
                             [--middle-names M] [--display-name D]
              api-keys create --email E --name N [--role R] [--expires-at 2027-01-01T00:00:00Z]
                                                   prints the key's secret as the last line
              documents reconcile                  remove stored document bytes that no document points to
            Configuration comes from CRM_* environment variables (see README.md).""";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // jOOQ greets on first use, and the pool and database log their start: an operator's one-off
        // command should print its result and any problem, nothing else.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0 || !args[0].equals("serve")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int status = new Main(System.getenv(), System.out, System.err).run(List.of(args));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; 0 on success, 1 when the CRM refuses, 2 for a usage or configuration error. */
    int run(List<String> args) {
        try {
            Settings settings = Settings.from(environment);
            String command = args.isEmpty() ? "" : args.getFirst();
            return switch (command) {
                case "serve" -> serve(settings, args);
                case "migrate" -> migrate(settings, args);
                case "colleagues" -> withUseCases(settings, useCases -> addColleague(useCases, subcommand(args, "add")));
                case "api-keys" -> withUseCases(settings, useCases -> createApiKey(useCases, subcommand(args, "create")));
                case "documents" -> withUseCases(settings, useCases -> reconcileDocuments(useCases, subcommand(args, "reconcile")));
                default -> throw new Arguments.UsageException(command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
            };
        } catch (Arguments.UsageException e) {
            err.println("crm: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (ConfigurationException e) {
            err.println("crm: configuration: " + e.getMessage());
            return 2;
        } catch (RuleViolationException e) {
            err.println("crm: " + describe(e));
            return 1;
        } catch (DomainException e) {
            err.println("crm: " + e.getMessage());
            return 1;
        }
    }

    /** The options after {@code crm <group> <subcommand>}, once the subcommand is checked. */
    private static List<String> subcommand(List<String> args, String expected) {
        if (args.size() < 2 || !args.get(1).equals(expected)) {
            throw new Arguments.UsageException("'" + args.getFirst() + "' takes the subcommand '" + expected + "'");
        }
        return args.subList(2, args.size());
    }

    private static void requireNoOptions(List<String> args) {
        if (args.size() > 1) {
            throw new Arguments.UsageException("'" + args.getFirst() + "' takes no options");
        }
    }

    private int serve(Settings settings, List<String> args) {
        requireNoOptions(args);
        CrmServer server = CrmServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "crm-shutdown"));
        out.println("Humans CRM listening on http://" + settings.host() + ":" + server.port()
                + (settings.embeddedDatabase() ? " (embedded PostgreSQL in " + settings.dataDirectory() + ")" : ""));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int migrate(Settings settings, List<String> args) {
        requireNoOptions(args);
        try (Database database = Database.open(settings)) {
            PostgresPersistence.migrate(database.settings());
        }
        out.println("The database is migrated to the latest version.");
        return 0;
    }

    private int withUseCases(Settings settings, Function<UseCases, Integer> command) {
        try (Database database = Database.open(settings);
             PostgresPersistence persistence = PostgresPersistence.connect(database.settings())) {
            return command.apply(Wiring.useCases(persistence, settings));
        }
    }

    private int addColleague(UseCases useCases, List<String> words) {
        Arguments options = Arguments.parse(words, Set.of("email", "first-name", "middle-names", "last-name", "display-name", "role"));
        Colleague colleague = useCases.colleagues().add().execute(Actor.operator(), new AddColleague.Command(
                options.required("email"), options.required("first-name"), options.optional("middle-names"),
                options.required("last-name"), options.optional("display-name"), options.required("role")));
        out.println("Added colleague " + colleague.displayName() + " <" + colleague.email() + "> as "
                + colleague.role().wireName() + " (id " + colleague.id() + ")");
        return 0;
    }

    private int createApiKey(UseCases useCases, List<String> words) {
        Arguments options = Arguments.parse(words, Set.of("email", "name", "role", "expires-at"));
        CreateApiKey.Created created = useCases.apiKeys().create().execute(Actor.operator(), new CreateApiKey.Command(
                null, options.required("email"), options.required("name"), options.optional("role"),
                instant(options.optional("expires-at"))));
        out.println("Created API key '" + created.key().name() + "' (id " + created.key().id() + ", role "
                + created.key().role().wireName() + (created.key().expiresAt() == null ? "" : ", expires " + created.key().expiresAt())
                + "). Its secret is shown once, below:");
        out.println(created.secret().value());
        return 0;
    }

    private int reconcileDocuments(UseCases useCases, List<String> words) {
        if (!words.isEmpty()) {
            throw new Arguments.UsageException("'documents reconcile' takes no options");
        }
        ReconcileDocumentBlobs.Report report = useCases.documents().reconcile().execute(Actor.operator());
        out.println("Examined " + report.examined() + " stored document blobs: removed " + report.removed()
                + " that no document points to; left " + report.tooYoung() + " younger than "
                + ReconcileDocumentBlobs.GRACE.toMinutes() + " minutes alone (an upload may still be recording them).");
        return 0;
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Arguments.UsageException("--expires-at must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
    }

    /** Each problem under the option the operator typed ({@code --first-name}), not the field the core names. */
    private static String describe(RuleViolationException e) {
        StringBuilder text = new StringBuilder();
        e.fieldErrors().forEach((field, problems) -> text.append(text.isEmpty() ? "" : "; ")
                .append("--").append(field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)).append(' ')
                .append(String.join(", ", problems)));
        e.formErrors().forEach(problem -> text.append(text.isEmpty() ? "" : "; ").append(problem));
        return text.toString();
    }
}
