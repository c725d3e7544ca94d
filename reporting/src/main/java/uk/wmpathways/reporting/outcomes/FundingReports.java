package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds the suppressed {@link FundingReport}: per funding stream, like by like (domain.md, "Cost per
 * outcome"),
 * <ul>
 *   <li>in the period: the funding drawn down on days in the period, the outcomes in the period (Thrive into
 *   Work: job starts; Housing First: people accommodated; Rough Sleeping Initiative: people moved on) and the
 *   one over the other;</li>
 *   <li>programme to date: the funding drawn down on any day up to the period's end, the outcomes up to the
 *   period's end (the same measures over a period from the first day there is) and the one over the other;</li>
 * </ul>
 * never a cumulative amount over a period's outcomes. Drawdowns and outcomes are those known on the as-at day.
 * Thrive into Work lines also show the fiscal benefit of the period's job starts (x £12,035).
 * <p>
 * The two Thrive into Work streams add up to the Thrive into Work report's job starts, so their outcomes are
 * suppressed as one breakdown (in the period, and to date). Funding is drawn down per stream, not per area or
 * provider: a report narrowed to an area or a provider shows no cost per outcome (the whole stream's funding
 * over a part of its outcomes would mislead).
 */
final class FundingReports {

    private FundingReports() {
    }

    static FundingReport of(ReportCriteria criteria, ReportScope scope,
                            Map<Pathway, ? extends Collection<OutcomeRow>> enrolments, Collection<Drawdown> drawdowns) {
        List<FundingStream> streams = Arrays.stream(FundingStream.values())
                .filter(stream -> scope.fundingStream() == null || scope.fundingStream() == stream)
                .toList();
        ReportScope toDate = scope.toDate();
        // four scopes (two streams, in the period and to date) judge the same first jobs: found once, if asked for
        boolean judgesJobStarts = streams.stream().anyMatch(stream -> stream.pathway() == Pathway.THRIVE_INTO_WORK);
        Map<String, JobStart> firstJobs = judgesJobStarts
                ? ThriveIntoWorkMeasures.firstJobs(known(enrolments.get(Pathway.THRIVE_INTO_WORK))) : Map.of();
        List<Figure> outcomes = suppressedByPathway(streams, streams.stream()
                .map(stream -> outcomes(stream, scope.ofStream(stream), enrolments, firstJobs))
                .toList());
        List<Figure> outcomesToDate = suppressedByPathway(streams, streams.stream()
                .map(stream -> outcomes(stream, toDate.ofStream(stream), enrolments, firstJobs))
                .toList());
        List<FundingReport.Line> lines = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            FundingStream stream = streams.get(i);
            Figure achieved = outcomes.get(i);
            Figure achievedToDate = outcomesToDate.get(i);
            BigDecimal drawnDown = drawnDown(stream, scope, drawdowns);
            BigDecimal drawnDownToDate = drawnDown(stream, toDate, drawdowns);
            lines.add(new FundingReport.Line(stream, drawnDown, outcomeName(stream.pathway()),
                    achieved.definedAs(Definition.FUNDING_OUTCOMES),
                    scope.coversWholeStreams() ? Suppression.costPerOutcome(drawnDown, achieved) : null,
                    stream.pathway() == Pathway.THRIVE_INTO_WORK && !achieved.isSuppressed()
                            ? achieved.value() * ThriveIntoWorkReports.FISCAL_BENEFIT_POUNDS_PER_JOB_START : null,
                    drawnDownToDate, achievedToDate.definedAs(Definition.FUNDING_OUTCOMES_TO_DATE),
                    scope.coversWholeStreams() ? Suppression.costPerOutcome(drawnDownToDate, achievedToDate) : null));
        }
        return new FundingReport(criteria, List.copyOf(lines), Definition.glossary(Definition.Report.FUNDING));
    }

    /** The stream's drawdowns dated in the scope's period (for the programme to date: {@link ReportScope#toDate}). */
    static BigDecimal drawnDown(FundingStream stream, ReportScope scope, Collection<Drawdown> drawdowns) {
        return drawdowns.stream()
                .filter(drawdown -> drawdown.fundingStream() == stream && scope.inPeriod(drawdown.drawnOn()))
                .map(Drawdown::amountPounds)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long outcomes(FundingStream stream, ReportScope scope,
                                 Map<Pathway, ? extends Collection<OutcomeRow>> enrolments,
                                 Map<String, JobStart> thriveIntoWorkFirstJobs) {
        Collection<OutcomeRow> known = known(enrolments.get(stream.pathway()));
        return switch (stream.pathway()) {
            case THRIVE_INTO_WORK -> new ThriveIntoWorkMeasures(known, thriveIntoWorkFirstJobs, scope)
                    .jobStartCount();
            case HOUSING_FIRST -> new HousingFirstMeasures(known, scope).accommodated();
            case ROUGH_SLEEPING_INITIATIVE -> new RoughSleepingMeasures(known, scope).movedOn();
        };
    }

    private static Collection<OutcomeRow> known(Collection<OutcomeRow> enrolments) {
        return enrolments == null ? List.of() : enrolments;
    }

    static String outcomeName(Pathway pathway) {
        return switch (pathway) {
            case THRIVE_INTO_WORK -> "Job starts";
            case HOUSING_FIRST -> "People accommodated";
            case ROUGH_SLEEPING_INITIATIVE -> "People moved on";
        };
    }

    /** The streams of one pathway suppressed together, as the rows of a breakdown of the pathway's total. */
    private static List<Figure> suppressedByPathway(List<FundingStream> streams, List<Long> counts) {
        Figure[] figures = new Figure[streams.size()];
        for (Pathway pathway : Pathway.values()) {
            List<Integer> ofPathway = IntStream.range(0, streams.size())
                    .filter(i -> streams.get(i).pathway() == pathway).boxed().toList();
            List<Figure> column = Suppression.column(ofPathway.stream().map(counts::get).toList());
            for (int i = 0; i < ofPathway.size(); i++) {
                figures[ofPathway.get(i)] = column.get(i);
            }
        }
        return List.of(figures);
    }
}
