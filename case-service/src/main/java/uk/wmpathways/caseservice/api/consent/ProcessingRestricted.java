package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/**
 * The record is held under consent and the person withdrew it: until consent is given again or the basis
 * changes, nothing more is recorded about them or on their enrolments.
 */
@Revision("1")
public record ProcessingRestricted(@DataSubject String participantId, String consentId, Instant at) {
}
