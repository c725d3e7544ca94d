package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;

/**
 * What restriction instead of erasure means when the data protection officer's restriction stands already (UK GDPR
 * Article 18): nothing more to do now.
 */
final class ProcessingRestriction {

    private ProcessingRestriction() {
    }

    static String alreadyRestricted(Restriction restriction) {
        return "Processing of this record is restricted already (" + restriction.ground().label() + "): it can be "
                + "read, and nothing more is recorded about the person until you lift the restriction.";
    }
}
