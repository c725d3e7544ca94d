package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds the suppressed {@link GpReferralReport} from the referrals known at the report's day
 * ({@link GpReferralMeasures}): the headline figures, one line per referring practice and per local authority of
 * the accepted enrolment, and the rejections by reason, suppressed together ({@link LinkedCells}) since each line
 * and each column adds up to a figure shown beside it.
 */
final class GpReferralReports {

    static final String NOT_YET_KNOWN_KEY = "NOT_YET_KNOWN";
    static final String NOT_YET_KNOWN = "Not yet known";

    /** The fewest days to first contact of which a 90th percentile is shown (below it, it is one person's). */
    static final int FEWEST_FOR_NINETIETH_PERCENTILE = 10;

    private GpReferralReports() {
    }

    static GpReferralReport of(ReportCriteria criteria, ReportScope scope, Collection<GpReferralRow> referrals) {
        GpReferralMeasures all = new GpReferralMeasures(referrals.stream()
                .filter(referral -> scope.inPeriod(referral.receivedOn()) && referral.coveredBy(scope)).toList());
        Map<Category, GpReferralMeasures> byPractice = all.by(GpReferralReports::practiceOf);
        Map<Category, GpReferralMeasures> byArea = new LinkedHashMap<>();
        Map<Category, GpReferralMeasures> areas = all.by(GpReferralReports::areaOf);
        for (Category area : areaCategories()) {
            byArea.put(area, areas.getOrDefault(area, new GpReferralMeasures(List.of())));
        }

        LinkedCells cells = new LinkedCells();
        int[] headline = line(cells, all);
        List<int[]> practiceCells = byPractice.values().stream().map(measures -> line(cells, measures)).toList();
        List<int[]> areaCells = byArea.values().stream().map(measures -> line(cells, measures)).toList();
        List<Integer> reasonCells = Arrays.stream(GpReferralRejectionReason.values())
                .map(reason -> cells.add(all.rejectedFor(reason))).toList();
        link(cells, headline, practiceCells);
        link(cells, headline, areaCells);
        cells.sum(headline[GpReferralMeasures.REJECTED], reasonCells);
        if (isSmallTable(all.received())) {
            cells.hideWhole(allOf(practiceCells));
            cells.hideWhole(allOf(areaCells));
        }
        if (isSmallTable(all.rejected())) {
            cells.hideWhole(reasonCells);
        }
        List<Figure> shown = cells.shown();

        Line total = lineOf(shown, headline, null, all);
        return new GpReferralReport(criteria,
                total.received.definedAs(Definition.GP_RECEIVED),
                total.accepted.definedAs(Definition.GP_ACCEPTED),
                total.rejected.definedAs(Definition.GP_REJECTED),
                total.cancelled.definedAs(Definition.GP_CANCELLED),
                total.awaiting.definedAs(Definition.GP_AWAITING_DECISION),
                total.contacted.definedAs(Definition.GP_FIRST_CONTACTED),
                Suppression.median(all.daysToFirstContact()),
                ninetiethPercentile(all.daysToFirstContact()),
                rejectedByReason(shown, reasonCells, total.rejected),
                lines(shown, practiceCells, byPractice, Definition.GP_BY_PRACTICE),
                lines(shown, areaCells, byArea, Definition.GP_BY_LOCAL_AUTHORITY),
                Definition.glossary(Definition.Report.GP_REFERRALS));
    }

    /**
     * The 90th percentile (nearest rank: the smallest value with at least 90% of the values at or below it) of
     * {@code values}; null for fewer than {@value #FEWEST_FOR_NINETIETH_PERCENTILE}, where it is the largest
     * value, one person's own figure.
     */
    static Double ninetiethPercentile(List<Long> values) {
        if (values.size() < FEWEST_FOR_NINETIETH_PERCENTILE) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return (double) sorted.get(rank - 1);
    }

    private static boolean isSmallTable(long people) {
        return people > 0 && people < Suppression.FEWEST_IN_TABLE;
    }

    private static Category practiceOf(GpReferralRow referral) {
        String code = Objects.requireNonNullElse(referral.practiceOdsCode(), Category.NOT_RECORDED_KEY);
        String name = referral.practiceName();
        return new Category(code, name == null || name.isBlank() ? code : code + " " + name);
    }

    private static Category areaOf(GpReferralRow referral) {
        return referral.localAuthority() == null ? new Category(NOT_YET_KNOWN_KEY, NOT_YET_KNOWN)
                : new Category(referral.localAuthority().name(), referral.localAuthority().displayName());
    }

    private static List<Category> areaCategories() {
        List<Category> areas = new ArrayList<>(Dimensions.localAuthorities());
        areas.add(new Category(NOT_YET_KNOWN_KEY, NOT_YET_KNOWN));
        return areas;
    }

    /** One line's cells, in {@link GpReferralMeasures}' column order; received = the four outcomes. */
    private static int[] line(LinkedCells cells, GpReferralMeasures measures) {
        int[] line = Arrays.stream(measures.columns()).mapToInt(cells::add).toArray();
        cells.sum(line[GpReferralMeasures.RECEIVED], List.of(line[GpReferralMeasures.ACCEPTED],
                line[GpReferralMeasures.REJECTED], line[GpReferralMeasures.CANCELLED],
                line[GpReferralMeasures.AWAITING]));
        return line;
    }

    /** Each column of {@code lines} adds up to the headline's. */
    private static void link(LinkedCells cells, int[] headline, List<int[]> lines) {
        for (int column = 0; column < headline.length; column++) {
            int c = column;
            cells.sum(headline[column], lines.stream().map(line -> line[c]).toList());
        }
    }

    private static List<Integer> allOf(List<int[]> lines) {
        return lines.stream().flatMapToInt(Arrays::stream).boxed().toList();
    }

    private record Line(Figure received, Figure accepted, Figure rejected, Figure cancelled, Figure awaiting,
                        Figure contacted) {
    }

    private static Line lineOf(List<Figure> shown, int[] cells, Definition what, GpReferralMeasures measures) {
        Function<Integer, Figure> figure = column -> what == null ? shown.get(cells[column])
                : shown.get(cells[column]).definedAs(what);
        return new Line(figure.apply(GpReferralMeasures.RECEIVED), figure.apply(GpReferralMeasures.ACCEPTED),
                figure.apply(GpReferralMeasures.REJECTED), figure.apply(GpReferralMeasures.CANCELLED),
                figure.apply(GpReferralMeasures.AWAITING), figure.apply(GpReferralMeasures.FIRST_CONTACTED));
    }

    private static List<GpReferralReport.Line> lines(List<Figure> shown, List<int[]> cells,
                                                     Map<Category, GpReferralMeasures> groups, Definition what) {
        List<Category> categories = List.copyOf(groups.keySet());
        return IntStream.range(0, categories.size()).mapToObj(i -> {
            Category category = categories.get(i);
            GpReferralMeasures measures = groups.get(category);
            Line line = lineOf(shown, cells.get(i), what, measures);
            return new GpReferralReport.Line(category.key(), category.label(), line.received, line.accepted,
                    line.rejected, line.cancelled, line.awaiting, line.contacted,
                    Suppression.median(measures.daysToFirstContact()),
                    ninetiethPercentile(measures.daysToFirstContact()));
        }).toList();
    }

    private static Breakdown rejectedByReason(List<Figure> shown, List<Integer> reasonCells, Figure rejected) {
        GpReferralRejectionReason[] reasons = GpReferralRejectionReason.values();
        List<Breakdown.Row> rows = IntStream.range(0, reasons.length).mapToObj(i -> {
            Figure count = shown.get(reasonCells.get(i));
            return new Breakdown.Row(reasons[i].name(), reasons[i].label(), count, rejected,
                    new Rate(count, rejected, null, null, null));
        }).toList();
        return new Breakdown("Reason", "Rejected", rows).definedAs(Definition.GP_REJECTED_BY_REASON);
    }
}
