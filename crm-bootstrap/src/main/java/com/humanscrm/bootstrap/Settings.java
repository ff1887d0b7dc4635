package com.humanscrm.bootstrap;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.GoogleSettings;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.application.Limits;
import com.humanscrm.application.signin.SignInPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * All configuration, read once from environment variables (README.md lists them). Every value has a
 * safe default; none is read anywhere else.
 */
record Settings(
        String host,
        int port,
        Path dataDirectory,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolSize,
        Duration credentialCacheTtl,
        Duration lastUsedFlushInterval,
        int maxRequestBytes,
        Duration idleTimeout,
        String blobStore,
        Map<String, String> blobStoreConfiguration,
        long maxDocumentBytes,
        URI appUrl,
        List<String> allowedOrigins,
        boolean secureCookies,
        RateLimits rateLimits,
        List<String> trustedProxies,
        GoogleSettings google,
        String googleHostedDomain) {

    /** S3 copies an object of at most 5 GiB in one request, which is how a large upload lands under its key. */
    static final long MAX_DOCUMENT_BYTES = 5L << 30;

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final int MAX_RATE_LIMIT = 1_000_000;

    static Settings from(Map<String, String> variables) {
        Environment env = new Environment(variables);
        String host = env.text("CRM_HOST", "127.0.0.1");
        int port = env.integer("CRM_PORT", 8080, 0, 65535);
        String databaseUrl = env.text("CRM_DATABASE_URL", null);
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationException("CRM_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not '"
                    + databaseUrl + "'");
        }
        Settings settings = new Settings(
                host,
                port,
                env.path("CRM_DATA_DIR", "data"),
                databaseUrl,
                env.text("CRM_DATABASE_USER", databaseUrl == null ? "postgres" : null),
                env.text("CRM_DATABASE_PASSWORD", null),
                env.integer("CRM_DATABASE_POOL_SIZE", 4, 1, 100),
                env.seconds("CRM_AUTH_CACHE_SECONDS", 30, 1, 3600),
                env.seconds("CRM_LAST_USED_FLUSH_SECONDS", 30, 1, 3600),
                env.integer("CRM_MAX_REQUEST_BYTES", 1_048_576, 1024, 100 * 1_048_576),
                env.seconds("CRM_IDLE_TIMEOUT_SECONDS", Math.toIntExact(HttpSettings.DEFAULT_IDLE_TIMEOUT.toSeconds()), 1, 300),
                env.text("CRM_BLOB_STORE", BlobStores.DEFAULT),
                crmVariables(variables),
                env.longInteger("CRM_DOCUMENTS_MAX_BYTES", Limits.DEFAULT_MAX_DOCUMENT_BYTES, 1, MAX_DOCUMENT_BYTES),
                env.httpUrl("CRM_APP_URL", URI.create(localUrl(host, port))),
                env.origins("CRM_ALLOWED_ORIGINS"),
                env.bool("CRM_COOKIE_SECURE", true),
                new RateLimits(
                        env.integer("CRM_RATE_LIMIT_SIGN_INS_PER_MINUTE", RateLimits.DEFAULTS.signInsPerMinute(), 1, MAX_RATE_LIMIT),
                        env.integer("CRM_RATE_LIMIT_FAILED_AUTHENTICATIONS_PER_MINUTE",
                                RateLimits.DEFAULTS.failedAuthenticationsPerMinute(), 1, MAX_RATE_LIMIT)),
                env.list("CRM_TRUSTED_PROXIES", List.of()),
                google(env, localUrl(host, port)),
                hostedDomain(env));
        try {
            settings.browser();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("CRM_APP_URL or CRM_ALLOWED_ORIGINS: " + e.getMessage());
        }
        try {
            settings.http();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("CRM_TRUSTED_PROXIES must list IP addresses, comma-separated: " + e.getMessage());
        }
        return settings;
    }

    /**
     * Google's OAuth client, or {@code null} when none is configured (signing in with Google is then
     * refused; API keys work). The endpoints default to Google's own; tests point them at a stand-in.
     */
    private static GoogleSettings google(Environment env, String localUrl) {
        String clientId = env.text("CRM_GOOGLE_CLIENT_ID", null);
        String clientSecret = env.text("CRM_GOOGLE_CLIENT_SECRET", null);
        if ((clientId == null) != (clientSecret == null)) {
            throw new ConfigurationException("CRM_GOOGLE_CLIENT_ID and CRM_GOOGLE_CLIENT_SECRET go together: set both (to let"
                    + " colleagues sign in with Google) or neither; " + (clientId == null ? "CRM_GOOGLE_CLIENT_ID" : "CRM_GOOGLE_CLIENT_SECRET")
                    + " is missing");
        }
        // Read even without a client, so a mistyped URL is reported now rather than when the client is added.
        URI redirectUri = env.httpUrl("CRM_GOOGLE_REDIRECT_URI", URI.create(localUrl + "/auth/google/callback"));
        URI authUri = env.httpUrl("CRM_GOOGLE_AUTH_URI", GoogleSettings.GOOGLE_AUTH_URI);
        URI tokenUri = env.httpUrl("CRM_GOOGLE_TOKEN_URI", GoogleSettings.GOOGLE_TOKEN_URI);
        URI jwksUri = env.httpUrl("CRM_GOOGLE_JWKS_URI", GoogleSettings.GOOGLE_JWKS_URI);
        List<String> issuers = env.list("CRM_GOOGLE_ISSUER", GoogleSettings.GOOGLE_ISSUERS);
        return clientId == null ? null : new GoogleSettings(clientId, clientSecret, redirectUri, authUri, tokenUri, jwksUri, issuers);
    }

    private static String hostedDomain(Environment env) {
        String domain = env.text("CRM_GOOGLE_HOSTED_DOMAIN", null);
        if (domain == null) {
            return null;
        }
        String lowerCase = domain.toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(lowerCase).matches()) {
            throw new ConfigurationException("CRM_GOOGLE_HOSTED_DOMAIN must be a Google Workspace domain such as example.com, not '"
                    + domain + "'");
        }
        return lowerCase;
    }

    /** This server as a browser on the same machine reaches it: {@code http://localhost:8080}. */
    private static String localUrl(String host, int port) {
        String name = switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "::1", "localhost" -> "localhost";
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
        return "http://" + name + ":" + port;
    }

    /** Not the record's own: that would print the database password, the S3 secret and Google's client secret. */
    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", dataDirectory=" + dataDirectory
                + ", database=" + (databaseUrl == null ? "embedded" : databaseUrl.replaceFirst("\\?.*", "")) + ", blobStore=" + blobStore
                + ", idleTimeout=" + idleTimeout + ", maxDocumentBytes=" + maxDocumentBytes + ", appUrl=" + appUrl + ", allowedOrigins=" + allowedOrigins
                + ", secureCookies=" + secureCookies + ", rateLimits=" + rateLimits + ", trustedProxies=" + trustedProxies
                + ", google=" + (google == null ? "not configured" : "client " + google.clientId() + " via " + google.authUri())
                + (googleHostedDomain == null ? "" : ", googleHostedDomain=" + googleHostedDomain) + ", secrets hidden]";
    }

    /**
     * Every {@code CRM_*} variable, for the blob store provider to read its own ({@code CRM_S3_*}, or a
     * plug-in's), with {@code CRM_DATA_DIR} as resolved here so the filesystem store sits beside the database.
     */
    private static Map<String, String> crmVariables(Map<String, String> variables) {
        Map<String, String> crm = new TreeMap<>();
        variables.forEach((name, value) -> {
            if (name.startsWith("CRM_")) {
                crm.put(name, value);
            }
        });
        crm.put("CRM_DATA_DIR", new Environment(variables).path("CRM_DATA_DIR", "data").toString());
        return Map.copyOf(crm);
    }

    Limits limits() {
        return new Limits(maxDocumentBytes);
    }

    /** How the API treats browsers: the app's origin and the allowed ones are trusted with the session cookie. */
    BrowserSettings browser() {
        return new BrowserSettings(appUrl, Set.copyOf(allowedOrigins), secureCookies, rateLimits);
    }

    /** How the API listens, and whose X-Forwarded-For it believes. */
    HttpSettings http() {
        return new HttpSettings(host, port, maxRequestBytes, browser(), Set.copyOf(trustedProxies), idleTimeout);
    }

    /** Where a browser may return after signing in, and which Google accounts may. */
    SignInPolicy signInPolicy() {
        return new SignInPolicy(appUrl, browser().allowedOrigins(), googleHostedDomain);
    }

    boolean embeddedDatabase() {
        return databaseUrl == null;
    }
}
