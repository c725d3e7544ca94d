package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/**
 * Processing may go on again: consent was given again or the lawful basis changed (lifting the restriction of
 * withdrawn consent, when it was the only one), or the data protection officer lifted every restriction.
 */
@Revision("1")
public record ProcessingRestrictionLifted(@DataSubject String participantId, String liftedBy, Instant at) {
}
