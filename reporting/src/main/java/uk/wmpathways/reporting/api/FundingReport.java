package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Funding against outcomes, per funding stream, in two figures that are never mixed (domain.md, "Cost per
 * outcome"):
 * <ul>
 *   <li><b>In the period</b>: {@code drawnDownPounds}, the drawdowns (recorded by administrators) dated in the
 *   period; {@code outcomes}, the outcomes achieved in the period ({@code outcome} says which: job starts, people
 *   accommodated, people moved on); {@code costPerOutcomePounds}, the one over the other.</li>
 *   <li><b>Programme to date</b>: {@code drawnDownToDatePounds}, every drawdown dated up to the period's end;
 *   {@code outcomesToDate}, every outcome up to the period's end; {@code costPerOutcomeToDatePounds}, the one
 *   over the other.</li>
 * </ul>
 * A cost per outcome is null when its outcomes are none or suppressed, when nothing was drawn down, and in a
 * report narrowed to an area or a provider (funding is drawn down per stream). {@code fiscalBenefitPounds}
 * (Thrive into Work) is the period's job starts x £12,035.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record FundingReport(ReportCriteria criteria, List<Line> lines,
                            Map<String, Definition.Text> definitions) {

    public record Line(FundingStream fundingStream, BigDecimal drawnDownPounds, String outcome, Figure outcomes,
                       BigDecimal costPerOutcomePounds, Long fiscalBenefitPounds,
                       BigDecimal drawnDownToDatePounds, Figure outcomesToDate, BigDecimal costPerOutcomeToDatePounds) {
    }
}
