package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

import java.time.LocalDate;

/** What the equality breakdowns need to know of a participant: date of birth and equality details (each may be null). */
record ParticipantFacts(LocalDate dateOfBirth, EqualityDetails equality) {

    static final ParticipantFacts NOT_RECORDED = new ParticipantFacts(null, EqualityDetails.NOT_RECORDED);

    static ParticipantFacts of(ParticipantRegistered event) {
        return new ParticipantFacts(event.dateOfBirth(),
                event.equality() == null ? EqualityDetails.NOT_RECORDED : event.equality());
    }
}
