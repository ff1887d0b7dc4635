package com.humanscrm.bootstrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command; unknown or repeated options are usage errors. */
final class Arguments {

    private final Map<String, String> options;

    private Arguments(Map<String, String> options) {
        this.options = options;
    }

    static Arguments parse(List<String> words, Set<String> allowed) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < words.size(); i += 2) {
            String flag = words.get(i);
            if (!flag.startsWith("--") || !allowed.contains(flag.substring(2))) {
                throw new UsageException("unknown option '" + flag + "'; expected one of --" + String.join(", --", allowed));
            }
            if (i + 1 >= words.size()) {
                throw new UsageException("option " + flag + " needs a value");
            }
            if (options.put(flag.substring(2), words.get(i + 1)) != null) {
                throw new UsageException("option " + flag + " is given twice");
            }
        }
        return new Arguments(options);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("option --" + name + " is required");
        }
        return value;
    }

    /** {@code null} when not given. */
    String optional(String name) {
        return options.get(name);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
