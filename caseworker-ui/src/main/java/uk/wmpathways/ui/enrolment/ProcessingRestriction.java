package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;

/**
 * How processing of a record is restricted instead of erasing it (UK GDPR Article 18), in the words of the record's
 * basis. In Pathways a record is restricted when the consent it is held on is withdrawn, a caseworker's step on the
 * record; a record held on another basis has no restriction step yet, so the words say what to do meanwhile.
 */
final class ProcessingRestriction {

    private ProcessingRestriction() {
    }

    static String howFor(ParticipantDataRights rights) {
        if (rights != null && rights.restricted()) {
            return "Processing of this record is restricted already: it can be read, and nothing more can be "
                    + "recorded about the person, until they give consent again or another basis is recorded.";
        }
        boolean heldOnStandingConsent = rights != null && rights.basis() == LawfulBasis.CONSENT
                && rights.consents().stream().anyMatch(consent -> consent.scope() == ConsentScope.PROCESSING
                && consent.standing());
        if (heldOnStandingConsent) {
            return "This record is held on the person's consent. To restrict processing, a caseworker of the "
                    + "organisation supporting them records that the consent is withdrawn (\"Withdraw\" beside the "
                    + "consent on their record). From then on the record can be read, and nothing more is recorded "
                    + "until the person gives consent again.";
        }
        return "This record is not held on consent, so Pathways has no step that restricts it yet. Tell the "
                + "organisation supporting the person that the record must only be kept, not used, while the "
                + "request stands (UK GDPR Article 18), and note it in your register of requests.";
    }
}
