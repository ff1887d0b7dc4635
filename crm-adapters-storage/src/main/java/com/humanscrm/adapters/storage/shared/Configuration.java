package com.humanscrm.adapters.storage.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code CRM_*} settings a blob store provider reads, with refusals that name the variable, so a
 * bad set-up is fixed from the message alone. A blank value counts as unset (as an empty
 * {@code CRM_S3_ENDPOINT=} line in an env file means).
 */
public final class Configuration {

    private final Map<String, String> values;

    public Configuration(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String required(String name, String meaning) {
        return optional(name).orElseThrow(() -> new IllegalArgumentException(name + " is required: " + meaning));
    }

    public boolean flag(String name, boolean otherwise) {
        return optional(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not: " + value);
        }).orElse(otherwise);
    }

    public Optional<URI> uri(String name) {
        return optional(name).map(value -> {
            try {
                URI uri = new URI(value);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new URISyntaxException(value, "not an absolute http(s) URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(name + " must be a URL such as https://s3.example.com, not: " + value, e);
            }
        });
    }
}
