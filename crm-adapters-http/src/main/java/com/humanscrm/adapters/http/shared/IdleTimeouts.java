package com.humanscrm.adapters.http.shared;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/** How long a connection may stay silent, mid-request or between requests, before Jetty gives it up. */
public final class IdleTimeouts {

    private IdleTimeouts() {
    }

    /**
     * Javalin adds its connector after the server is configured, so the timeout is set as the server
     * starts, before the connector accepts its first connection.
     */
    public static void apply(Server server, Duration timeout) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (var connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector abstractConnector) {
                        abstractConnector.setIdleTimeout(timeout.toMillis());
                    }
                }
            }
        });
    }
}
