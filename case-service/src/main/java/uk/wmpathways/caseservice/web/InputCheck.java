package uk.wmpathways.caseservice.web;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks the shape of a request body before it becomes a command: required fields are there, codes are known
 * (in any case), request ids are short. Every problem is collected, then {@link #done()} rejects them together
 * (HTTP 400, one message per field). The rules of the steps themselves are the aggregate's.
 */
final class InputCheck {

    static final int MAX_REQUEST_ID_LENGTH = 100;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required code of {@code type}; null (and a problem) when missing or unknown. */
    <E extends Enum<E>> E code(String field, String label, String text, Class<E> type) {
        if (isBlank(text)) {
            problems.add(new FieldProblem(field, label + " is required: one of " + codesOf(type)));
            return null;
        }
        return optionalCode(field, label, text, type);
    }

    /** An optional code of {@code type}; null when missing, null and a problem when unknown. */
    <E extends Enum<E>> E optionalCode(String field, String label, String text, Class<E> type) {
        if (isBlank(text)) {
            return null;
        }
        Optional<E> parsed = parse(text, type);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, "Unknown " + label.toLowerCase(Locale.ROOT) + ": use one of "
                    + codesOf(type)));
        }
        return parsed.orElse(null);
    }

    /**
     * A required provider organisation: its code as configured (given in any case); null and a problem when it
     * is missing or unknown.
     */
    String organisation(String field, String label, String text, ProviderOrganisations organisations) {
        if (isBlank(text)) {
            problems.add(new FieldProblem(field, label + " is required: one of "
                    + String.join(", ", organisations.all().keySet())));
            return null;
        }
        Optional<String> code = organisations.all().keySet().stream()
                .filter(candidate -> candidate.equalsIgnoreCase(text.trim())).findFirst();
        if (code.isEmpty()) {
            problems.add(new FieldProblem(field, "Unknown " + label.toLowerCase(Locale.ROOT) + ": use one of "
                    + String.join(", ", organisations.all().keySet())));
        }
        return code.orElse(null);
    }

    /** A required value; a problem when it is null (or blank text). */
    <T> T required(String field, String label, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problems.add(new FieldProblem(field, label + " is required"));
        }
        return value;
    }

    /** The client's request id, or a new one when none was sent (so that every step can be answered alike). */
    String requestId(String clientRequestId) {
        if (isBlank(clientRequestId)) {
            return UUID.randomUUID().toString();
        }
        if (clientRequestId.length() > MAX_REQUEST_ID_LENGTH) {
            problems.add(new FieldProblem("requestId",
                    "Request id must be at most " + MAX_REQUEST_ID_LENGTH + " characters"));
        }
        return clientRequestId;
    }

    Long expectedVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion < 0) {
            problems.add(new FieldProblem("expectedVersion", "Expected version must be 0 or more"));
        }
        return expectedVersion;
    }

    void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Throws {@link InvalidCommandException} with every problem found, if any. */
    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst();
    }

    static <E extends Enum<E>> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
