package uk.wmpathways.caseservice.api.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.infra.personaldata.PersonalData;

/**
 * The data protection officer restricts processing of a person's record (UK GDPR Article 18): it is kept and can
 * be read, and nothing more is recorded about the person until the officer lifts it. {@code note}: optional, the
 * officer's words about the request (free text, so personal data).
 */
public record RestrictProcessing(@TargetAggregateIdentifier String participantId,
                                 RestrictionGround ground,
                                 @PersonalData String note,
                                 String restrictedBy) {

    /** The longest note kept. */
    public static final int MAX_NOTE_LENGTH = 1000;
}
