package uk.wmpathways.caseservice.api.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;

/** Funding was drawn down from a stream on {@code drawnOn}. */
@Revision("1")
public record FundingDrawnDown(FundingStream fundingStream,
                               String drawdownId,
                               BigDecimal amountPounds,
                               LocalDate drawnOn,
                               String reference,
                               String requestId,
                               String recordedBy,
                               Instant recordedAt) {
}
