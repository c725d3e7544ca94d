package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's consent was recorded.
 *
 * @param organisation the organisation they agreed may see their record ({@link ConsentScope#SHARE_WITH_ORGANISATION});
 *                     null for {@link ConsentScope#PROCESSING}
 * @param givenOn      the day the person gave it
 */
@Revision("1")
public record ConsentRecorded(@DataSubject String participantId,
                              String consentId,
                              ConsentScope scope,
                              String organisation,
                              String recordedBy,
                              Instant recordedAt,
                              LocalDate givenOn) {
}
