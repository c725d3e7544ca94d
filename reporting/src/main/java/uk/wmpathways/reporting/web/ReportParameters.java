package uk.wmpathways.reporting.web;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.reporting.export.ExportFormat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A report request's query parameters, checked together: every problem is collected and answered at once
 * (HTTP 400, one message per parameter), each message saying what would be accepted.
 */
final class ReportParameters {

    private final List<InvalidField> problems = new ArrayList<>();

    /** The criteria, or an {@link InvalidReportParametersException} listing everything wrong with the parameters. */
    static ReportCriteria criteria(String from, String to, String asAt, String localAuthority,
                                   String providerOrganisation, String fundingStream, LocalDate today,
                                   ProviderOrganisations organisations) {
        ReportParameters check = new ReportParameters();
        LocalDate first = check.date("from", "The first day of the period", from, true);
        LocalDate last = check.date("to", "The last day of the period", to, true);
        LocalDate knownAt = check.date("asAt", "The as-at date", asAt, false);
        // The same rules as the query handlers apply (whole months that have ended; as at a month's end or
        // today), asked here too so that they are answered with every other problem at once.
        check.problems.addAll(ReportPeriodRules.problems(first, last, knownAt, today));
        LocalAuthority authority = check.code("localAuthority", "local authority", localAuthority,
                LocalAuthority.class);
        String organisation = check.organisation(providerOrganisation, organisations);
        FundingStream stream = check.code("fundingStream", "funding stream", fundingStream, FundingStream.class);
        check.done();
        return new ReportCriteria(first, last, knownAt, authority, organisation, stream);
    }

    /** A pathway as its code ({@code THRIVE_INTO_WORK}), its address name ({@code thrive-into-work}) or short name. */
    static Pathway pathway(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        Optional<Pathway> pathway = Arrays.stream(Pathway.values())
                .filter(p -> p.name().equals(wanted) || p.shortName().toUpperCase(Locale.ROOT).equals(wanted))
                .findFirst();
        if (pathway.isEmpty()) {
            throw new InvalidReportParametersException(List.of(new InvalidField("pathway",
                    "Unknown pathway: use one of " + codesOf(Pathway.class))));
        }
        return pathway.get();
    }

    static ExportFormat format(String text) {
        return ExportFormat.parse(text).orElseThrow(() -> new InvalidReportParametersException(List.of(
                new InvalidField("format", "Unknown format: use one of " + ExportFormat.allNames()))));
    }

    private LocalDate date(String field, String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, label + " is required (" + field + "=YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            add(field, "Not a valid date for " + field + ": use YYYY-MM-DD, for example 2025-04-30");
            return null;
        }
    }

    private <E extends Enum<E>> E code(String field, String label, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            add(field, "Unknown " + label + ": use one of " + codesOf(type));
        }
        return found.orElse(null);
    }

    private String organisation(String text, ProviderOrganisations organisations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<String> code = organisations.all().keySet().stream()
                .filter(candidate -> candidate.equalsIgnoreCase(text.trim())).findFirst();
        if (code.isEmpty()) {
            add("providerOrganisation", "Unknown provider organisation: use one of "
                    + String.join(", ", organisations.all().keySet()));
        }
        return code.orElse(null);
    }

    private void add(String field, String message) {
        problems.add(new InvalidField(field, message));
    }

    private void done() {
        if (!problems.isEmpty()) {
            throw new InvalidReportParametersException(problems);
        }
    }

    private static <E extends Enum<E>> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
