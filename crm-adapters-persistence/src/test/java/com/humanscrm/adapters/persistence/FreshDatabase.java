package com.humanscrm.adapters.persistence;

import com.humanscrm.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A test class's own database, connected before its first test and closed after its last. */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    private DatabaseSettings settings;
    private PostgresPersistence persistence;

    @Override
    public void beforeAll(ExtensionContext context) {
        settings = TestDatabase.freshDatabase();
        persistence = PostgresPersistence.connect(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        persistence.close();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public PostgresPersistence persistence() {
        return persistence;
    }
}
