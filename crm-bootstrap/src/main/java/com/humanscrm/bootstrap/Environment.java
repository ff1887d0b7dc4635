package com.humanscrm.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** {@code true} or {@code false}, in any case. */
    boolean bool(String name, boolean fallback) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, not '" + value + "'");
        };
    }

    /** Comma-separated values, blanks dropped; the fallback when unset. */
    List<String> list(String name, List<String> fallback) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        return values.isEmpty() ? fallback : values;
    }

    /** An absolute http(s) URL with a host and no user info ({@code https://crm.example.com/app}). */
    URI httpUrl(String name, URI fallback) {
        String value = text(name, null);
        return value == null ? fallback : httpUrl(name, value);
    }

    /**
     * Web origins, comma-separated: each {@code scheme://host[:port]}, as a browser sends it in
     * {@code Origin}; a trailing slash is tolerated, a path, query or fragment is not.
     */
    List<String> origins(String name) {
        return list(name, List.of()).stream().map(origin -> {
            URI uri = httpUrl(name, origin);
            String path = uri.getRawPath();
            if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigurationException(name + " must list origins such as https://crm.example.com (no path), not '"
                        + origin + "'");
            }
            return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        }).toList();
    }

    private static URI httpUrl(String name, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below, with an example
        }
        throw new ConfigurationException(name + " must be an http(s) URL such as https://crm.example.com, not '" + value + "'");
    }
}
