package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/** A person withdrew a consent they had given. */
@Revision("1")
public record ConsentWithdrawn(@DataSubject String participantId,
                               String consentId,
                               String withdrawnBy,
                               Instant at) {
}
