package com.humanscrm.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Typed reads of environment variables; a bad value names the variable, so start-up stops with a clear message. */
record Environment(Map<String, String> variables) {

    String text(String name, String fallback) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the accepted range
        }
        throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    long longInteger(String name, long fallback, long min, long max) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the accepted range
        }
        throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    Duration seconds(String name, int fallback, int min, int max) {
        return Duration.ofSeconds(integer(name, fallback, min, max));
    }

    Path path(String name, String fallback) {
        String value = text(name, fallback);
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new ConfigurationException(name + " must be a file system path, not '" + value + "'");
        }
    }
}
