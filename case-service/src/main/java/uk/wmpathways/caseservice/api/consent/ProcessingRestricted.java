package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

import java.time.Instant;

/**
 * Processing of the person's record is restricted: it is kept and can be read, and nothing more is recorded about
 * them or on their enrolments until it is lifted. On {@link RestrictionGround#CONSENT_WITHDRAWN} the record held
 * under consent lost it ({@code consentId} the consent withdrawn, {@code restrictedBy} null: the record restricted
 * itself); on another ground the data protection officer restricted it ({@code restrictedBy}, with their optional
 * {@code note}). Revision 2 added the ground, who and the note; revision 1 was always a withdrawal of consent
 * ({@code ProcessingRestrictedRevision2Upcaster}).
 */
@Revision("2")
public record ProcessingRestricted(@DataSubject String participantId, String consentId, Instant at,
                                   RestrictionGround ground, String restrictedBy, @PersonalData String note) {

    /** The restriction withdrawn consent puts on a record held under consent. */
    public ProcessingRestricted(String participantId, String consentId, Instant at) {
        this(participantId, consentId, at, RestrictionGround.CONSENT_WITHDRAWN, null, null);
    }

    public boolean byTheOfficer() {
        return ground != null && ground != RestrictionGround.CONSENT_WITHDRAWN;
    }
}
