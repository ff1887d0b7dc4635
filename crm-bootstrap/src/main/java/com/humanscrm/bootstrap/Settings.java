package com.humanscrm.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
        int maxRequestBytes) {

    static Settings from(Map<String, String> variables) {
        Environment env = new Environment(variables);
        String databaseUrl = env.text("CRM_DATABASE_URL", null);
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationException("CRM_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not '"
                    + databaseUrl + "'");
        }
        return new Settings(
                env.text("CRM_HOST", "127.0.0.1"),
                env.integer("CRM_PORT", 8080, 0, 65535),
                env.path("CRM_DATA_DIR", "data"),
                databaseUrl,
                env.text("CRM_DATABASE_USER", databaseUrl == null ? "postgres" : null),
                env.text("CRM_DATABASE_PASSWORD", null),
                env.integer("CRM_DATABASE_POOL_SIZE", 4, 1, 100),
                env.seconds("CRM_AUTH_CACHE_SECONDS", 30, 1, 3600),
                env.seconds("CRM_LAST_USED_FLUSH_SECONDS", 30, 1, 3600),
                env.integer("CRM_MAX_REQUEST_BYTES", 1_048_576, 1024, 100 * 1_048_576));
    }

    boolean embeddedDatabase() {
        return databaseUrl == null;
    }
}
