package com.humanscrm.bootstrap;

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
final class ConfigurationException extends RuntimeException {

    ConfigurationException(String message) {
        super(message);
    }
}
