package uk.wmpathways.caseservice.api;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/**
 * A person's record was erased: their key is destroyed with this event, so their personal data reads as erased
 * everywhere from now on. The counts they are part of stay; what they were is gone.
 */
@Revision("1")
public record ParticipantErased(@DataSubject String participantId,
                                ErasureGround ground,
                                String erasedBy,
                                Instant erasedAt) {
}
