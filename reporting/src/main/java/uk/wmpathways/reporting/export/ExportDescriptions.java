package uk.wmpathways.reporting.export;

import org.springframework.stereotype.Component;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says in words what an export covers and how to read its numbers (the workbook's "About" sheet). */
@Component
public class ExportDescriptions {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final ProviderOrganisations organisations;
    private final Clock clock;

    public ExportDescriptions(ProviderOrganisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** An export of the reports {@code reports}, with the definitions of their figures. */
    public ExportDescription describe(String title, ReportCriteria criteria, Definition.Report... reports) {
        List<ExportDescription.Line> lines = new ArrayList<>();
        lines.add(new ExportDescription.Line("Period", UK_DATE.format(criteria.from()) + " to "
                + UK_DATE.format(criteria.to()) + " (both days included)"));
        lines.add(new ExportDescription.Line("As at", criteria.asAt() != null
                ? "What the system knew at the end of " + UK_DATE.format(criteria.asAt())
                : "What the system knew when the export was made, on " + UK_DATE.format(LocalDate.now(clock))));
        lines.add(new ExportDescription.Line("Local authority", criteria.localAuthority() == null ? "All"
                : criteria.localAuthority().displayName()));
        lines.add(new ExportDescription.Line("Provider organisation", criteria.providerOrganisation() == null
                ? "All" : organisations.nameOf(criteria.providerOrganisation())));
        lines.add(new ExportDescription.Line("Funding stream", criteria.fundingStream() == null ? "All"
                : criteria.fundingStream().label()));
        lines.add(new ExportDescription.Line("Small numbers", "Counts from 1 to 4 are shown as <5. Counts that "
                + "would reveal them, zeros beside them and every cell of a breakdown of fewer than 10 people are "
                + "shown as [c] (confidential: hidden only to protect another count), and percentages that would "
                + "reveal them are left out, so that no person can be identified."));
        lines.add(new ExportDescription.Line("Disclosure control", "Reports cover whole calendar months that have "
                + "ended, as known now or at the end of a month, so that no day's figures can be worked out by "
                + "comparing two reports. Equality breakdowns are rounded to the nearest 5; headline figures are "
                + "exact."));
        lines.add(new ExportDescription.Line("Legend", Figure.LEGEND));
        lines.add(new ExportDescription.Line("Percentages", "To one decimal place, with a 95% confidence "
                + "interval (Wilson score interval for a rate; the trial effect names its method)."));
        lines.add(new ExportDescription.Line("Definitions", "Each figure is defined below, as in the programme's "
                + "metric definitions (domain.md); the JSON answer gives the same words, by figure."));
        List<Definition.Text> definitions = new ArrayList<>();
        for (Definition.Report report : reports) {
            definitions.addAll(Definition.glossary(report).values());
        }
        return new ExportDescription(title, lines, List.copyOf(definitions));
    }
}
