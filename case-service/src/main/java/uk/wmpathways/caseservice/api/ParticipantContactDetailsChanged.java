package uk.wmpathways.caseservice.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A participant's phone number and email address were replaced (null: not known). */
@Revision("1")
public record ParticipantContactDetailsChanged(@DataSubject String participantId,
                                               @PersonalData(erasedAsNull = true) String phoneNumber,
                                               @PersonalData(erasedAsNull = true) String email,
                                               String changedBy,
                                               Instant changedAt) {
}
