package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The drawdowns recorded from a funding stream, as they are now (corrections applied). Administrators and
 * programme managers may read them: they are sums of public money, not personal data.
 */
public final class FundingDrawdownQueries {

    private FundingDrawdownQueries() {
    }

    /** Answered with {@link FundingDrawdowns}. */
    public record ListFundingDrawdowns(FundingStream fundingStream) {
    }

    public record FundingDrawdowns(FundingStream fundingStream, BigDecimal allocationPounds,
                                   BigDecimal totalPounds, List<FundingDrawdown> drawdowns) {
    }

    /**
     * One drawdown: {@code amountPounds} is the amount now, {@code recordedAmountPounds} the amount first
     * recorded; {@code corrections} how many times it was corrected, the last with {@code lastCorrectionReason}.
     */
    public record FundingDrawdown(String drawdownId, LocalDate drawnOn, BigDecimal amountPounds,
                                  BigDecimal recordedAmountPounds, String reference, int corrections,
                                  String lastCorrectionReason, Instant recordedAt) {
    }
}
