package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Funding drawn down from a stream on a day; a correction replaces the amount. */
record Drawdown(String drawdownId, FundingStream fundingStream, LocalDate drawnOn, BigDecimal amountPounds) {

    Drawdown correctedTo(BigDecimal amountPounds) {
        return new Drawdown(drawdownId, fundingStream, drawnOn, amountPounds);
    }
}
