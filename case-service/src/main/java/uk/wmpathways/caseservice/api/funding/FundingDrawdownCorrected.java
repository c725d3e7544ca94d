package uk.wmpathways.caseservice.api.funding;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;

/** The amount of an earlier drawdown was corrected; {@code amountPounds} replaces the amount recorded before. */
@Revision("1")
public record FundingDrawdownCorrected(FundingStream fundingStream,
                                       String drawdownId,
                                       BigDecimal amountPounds,
                                       String reason,
                                       String recordedBy,
                                       Instant recordedAt) {
}
