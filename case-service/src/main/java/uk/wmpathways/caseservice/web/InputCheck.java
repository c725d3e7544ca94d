package uk.wmpathways.caseservice.web;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What only HTTP knows of a request, before it becomes a command: codes (given in any case) are known, a yes/no
 * or a number a command cannot hold as absent is there, the request id is short, the expected version is not
 * negative. Every other rule is the command's, checked where it is decided. A request with problems here is
 * refused (HTTP 400) with them and, so that every problem is listed at once, with the problems the command's
 * published rules find in the other fields ({@link #refuseIfAny}).
 */
final class InputCheck {

    static final int MAX_REQUEST_ID_LENGTH = 100;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A code without which no command can be chosen; null (and a problem) when missing or unknown. */
    <E extends Enum<E>> E requiredCode(String field, String label, String text, Class<E> type) {
        if (isBlank(text)) {
            problems.add(new FieldProblem(field, label + " is required: one of " + codesOf(type)));
            return null;
        }
        return code(field, label, text, type);
    }

    /** A code of {@code type}; null when missing (the command's rules tell whether it is required), a problem when unknown. */
    <E extends Enum<E>> E code(String field, String label, String text, Class<E> type) {
        Optional<E> parsed = parse(text, type);
        if (parsed.isEmpty() && !isBlank(text)) {
            unknown(field, label, codesOf(type));
        }
        return parsed.orElse(null);
    }

    /** A provider organisation's code as configured (given in any case); null when missing, a problem when unknown. */
    String organisation(String field, String label, String text, ProviderOrganisations organisations) {
        if (isBlank(text)) {
            return null;
        }
        Optional<String> code = organisations.all().keySet().stream()
                .filter(candidate -> candidate.equalsIgnoreCase(text.trim())).findFirst();
        if (code.isEmpty()) {
            unknown(field, label, String.join(", ", organisations.all().keySet()));
        }
        return code.orElse(null);
    }

    void unknown(String field, String label, String allowed) {
        add(field, "Unknown " + label.toLowerCase(Locale.ROOT) + ": use one of " + allowed);
    }

    /** A yes/no or a number the command holds as a primitive: absent in JSON is a problem here. */
    <T> T present(String field, String label, T value) {
        if (value == null) {
            add(field, label + " is required");
        }
        return value;
    }

    /** The client's request id (null when none was sent: then there is nothing to retry). */
    String requestId(String clientRequestId) {
        if (isBlank(clientRequestId)) {
            return null;
        }
        if (clientRequestId.length() > MAX_REQUEST_ID_LENGTH) {
            add("requestId", "Request id must be at most " + MAX_REQUEST_ID_LENGTH + " characters");
        }
        return clientRequestId;
    }

    Long expectedVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion < 0) {
            add("expectedVersion", "Expected version must be 0 or more");
        }
        return expectedVersion;
    }

    void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Throws {@link InvalidCommandException} with every problem found, if any. */
    void done() {
        refuseIfAny(List::of);
    }

    /**
     * When this check found problems, throws them together with what the command's own rules find in the other
     * fields ({@code ruleProblems}: the published rules, on the command built from this request). A field
     * already refused here is not listed twice.
     */
    void refuseIfAny(Supplier<List<FieldProblem>> ruleProblems) {
        if (problems.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        ruleProblems.get().stream()
                .filter(rule -> problems.stream().noneMatch(found -> found.field().equals(rule.field())))
                .forEach(all::add);
        throw new InvalidCommandException(all);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst();
    }

    static <E extends Enum<E>> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
