package uk.wmpathways.caseservice.api.funding;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;

/** An administrator corrects the amount of a drawdown recorded earlier, with the reason. */
public record CorrectFundingDrawdown(@TargetAggregateIdentifier FundingStream fundingStream,
                                     String drawdownId,
                                     BigDecimal correctedAmountPounds,
                                     String reason,
                                     String recordedBy) {
}
