package uk.wmpathways.caseservice.participant;

import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

/**
 * Who records steps about a person ({@link Participant}): the application, or a caseworker of the organisation that
 * registered them or of one that supports them; nobody once the record is erased.
 */
final class SupportingOrganisations {

    private SupportingOrganisations() {
    }

    static void require(Caller caller, boolean erased, String registeringOrganisation, String participantId,
                        ParticipantSharing sharing, String what) {
        if (erased) {
            throw new DataSubjectErasedException();
        }
        if (!caller.system() && !(caller.organisation() != null
                && (caller.organisation().equals(registeringOrganisation)
                || sharing.supports(caller.organisation(), participantId)))) {
            throw new AccessRefusedException(
                    "Only an organisation that supports or registered this person can " + what);
        }
    }
}
