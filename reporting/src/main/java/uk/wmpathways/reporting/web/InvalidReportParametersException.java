package uk.wmpathways.reporting.web;

import uk.wmpathways.infra.web.InvalidField;

import java.util.List;
import java.util.stream.Collectors;

/** A report request's parameters are wrong (HTTP 400). Messages say what would be accepted, never quote personal data. */
class InvalidReportParametersException extends RuntimeException {

    private final List<InvalidField> problems;

    InvalidReportParametersException(List<InvalidField> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<InvalidField> problems() {
        return problems;
    }
}
