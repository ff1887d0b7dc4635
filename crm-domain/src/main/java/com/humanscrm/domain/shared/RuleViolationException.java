package com.humanscrm.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * Well-formed input that breaks a rule of the domain. Errors are keyed by the field they concern
 * ({@code emails[0].email}), or listed as form errors when they concern the whole input.
 */
public final class RuleViolationException extends DomainException {

    private final Map<String, List<String>> fieldErrors;
    private final List<String> formErrors;

    private RuleViolationException(String message, Map<String, List<String>> fieldErrors, List<String> formErrors) {
        super("VALIDATION_FAILED", message);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.formErrors = List.copyOf(formErrors);
    }

    public static RuleViolationException field(String field, String problem) {
        return new RuleViolationException(field + ": " + problem, Map.of(field, List.of(problem)), List.of());
    }

    public static RuleViolationException form(String problem) {
        return new RuleViolationException(problem, Map.of(), List.of(problem));
    }

    /** Several violations as one, each field once with all its problems: so a client can fix them in one go. */
    public static RuleViolationException combined(List<RuleViolationException> violations) {
        if (violations.size() == 1) {
            return violations.getFirst();
        }
        Map<String, List<String>> fieldErrors = new java.util.LinkedHashMap<>();
        List<String> formErrors = new java.util.ArrayList<>();
        for (RuleViolationException violation : violations) {
            violation.fieldErrors.forEach((field, problems) ->
                    fieldErrors.computeIfAbsent(field, key -> new java.util.ArrayList<>()).addAll(problems));
            formErrors.addAll(violation.formErrors);
        }
        return new RuleViolationException(violations.size() + " rules are broken: " + fieldErrors.keySet(), fieldErrors, formErrors);
    }

    /** The same problem, reported under a field path that includes where the value sat in the input. */
    public RuleViolationException under(String prefix) {
        Map<String, List<String>> prefixed = new java.util.LinkedHashMap<>();
        fieldErrors.forEach((field, problems) -> prefixed.put(prefix + "." + field, problems));
        return new RuleViolationException(getMessage(), prefixed, formErrors);
    }

    /**
     * The same violation without the problems of {@code fields}, nor of a field whose part is among them:
     * once {@code types[1]} is refused, {@code types} as a whole adds nothing.
     */
    RuleViolationException without(java.util.Set<String> fields) {
        Map<String, List<String>> rest = new java.util.LinkedHashMap<>(fieldErrors);
        rest.keySet().removeIf(field -> fields.stream().anyMatch(seen -> seen.equals(field)
                || seen.startsWith(field + "[") || seen.startsWith(field + ".")));
        return rest.size() == fieldErrors.size() ? this : new RuleViolationException(getMessage(), rest, formErrors);
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    public List<String> formErrors() {
        return formErrors;
    }
}
