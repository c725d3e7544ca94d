package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;

import java.math.BigDecimal;
import java.util.List;

/**
 * Funding against outcomes, per funding stream: the funding drawn down (recorded by administrators) up to the
 * end of the period, the outcomes achieved in the period ({@code outcome} says which: job starts, people
 * accommodated, people moved on), cost per outcome (null when there are none, or when the count is suppressed)
 * and, for Thrive into Work, the fiscal benefit of employment.
 */
public record FundingReport(ReportCriteria criteria, List<Line> lines) {

    public record Line(FundingStream fundingStream, BigDecimal drawnDownPounds, String outcome, Figure outcomes,
                       BigDecimal costPerOutcomePounds, Long fiscalBenefitPounds) {
    }
}
