package uk.wmpathways.caseservice.api;

import java.util.List;
import java.util.stream.Collectors;

/** A command broke one or more rules; nothing was recorded. Messages never contain personal data. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
