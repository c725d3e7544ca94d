package uk.wmpathways.caseservice.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;

/**
 * An administrator records funding drawn down from a stream (pounds, more than 0, with pence at most). The total
 * drawn down from a stream cannot exceed its allocation. {@code requestId}: a retry with it records nothing new.
 */
public record RecordFundingDrawdown(@TargetAggregateIdentifier FundingStream fundingStream,
                                    BigDecimal amountPounds,
                                    LocalDate drawnOn,
                                    String reference,
                                    String requestId,
                                    String recordedBy) {
}
