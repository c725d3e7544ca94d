package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/** Processing may go on again: consent was given again or the lawful basis changed. */
@Revision("1")
public record ProcessingRestrictionLifted(@DataSubject String participantId, String liftedBy, Instant at) {
}
