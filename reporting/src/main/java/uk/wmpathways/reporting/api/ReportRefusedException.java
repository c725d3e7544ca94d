package uk.wmpathways.reporting.api;

import uk.wmpathways.infra.web.InvalidField;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report was asked for with criteria the disclosure rules do not allow ({@link ReportPeriodRules}); answered
 * as HTTP 400 problem+json with a message per field. The messages say what would be accepted.
 */
public class ReportRefusedException extends RuntimeException {

    private final List<InvalidField> problems;

    public ReportRefusedException(List<InvalidField> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<InvalidField> problems() {
        return problems;
    }
}
