package com.humanscrm.bootstrap;

import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.application.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

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
        String blobStore,
        Map<String, String> blobStoreConfiguration,
        long maxDocumentBytes) {

    /** S3 copies an object of at most 5 GiB in one request, which is how a large upload lands under its key. */
    static final long MAX_DOCUMENT_BYTES = 5L << 30;

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
                env.integer("CRM_MAX_REQUEST_BYTES", 1_048_576, 1024, 100 * 1_048_576),
                env.text("CRM_BLOB_STORE", BlobStores.DEFAULT),
                crmVariables(variables),
                env.longInteger("CRM_DOCUMENTS_MAX_BYTES", Limits.DEFAULT_MAX_DOCUMENT_BYTES, 1, MAX_DOCUMENT_BYTES));
    }

    /**
     * Every {@code CRM_*} variable, for the blob store provider to read its own ({@code CRM_S3_*}, or a
     * plug-in's), with {@code CRM_DATA_DIR} as resolved here so the filesystem store sits beside the database.
     */
    /** Not the record's own: that would print the database password and the S3 secret among the CRM_* values. */
    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", dataDirectory=" + dataDirectory
                + ", database=" + (databaseUrl == null ? "embedded" : databaseUrl.replaceFirst("\\?.*", "")) + ", blobStore=" + blobStore
                + ", maxDocumentBytes=" + maxDocumentBytes + ", secrets hidden]";
    }

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

    boolean embeddedDatabase() {
        return databaseUrl == null;
    }
}
