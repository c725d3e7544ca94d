package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;

import java.util.function.BooleanSupplier;

/** The forms of a person's lawful basis and consents, for the participant's record; {@code done} runs after. */
public final class ConsentForms {

    private ConsentForms() {
    }

    public static void recordConsent(FormServices services, ParticipantSummary participant, LawfulBasis basis,
                                     Runnable done) {
        new RecordConsentDialog(services, participant, basis, done).open();
    }

    public static void withdraw(FormServices services, ParticipantSummary participant, Consent consent,
                                LawfulBasis basis, Runnable done) {
        new WithdrawConsentDialog(services, participant, consent, basis, done).open();
    }

    public static void recordLawfulBasis(FormServices services, ParticipantSummary participant, Runnable done) {
        new RecordLawfulBasisDialog(services, participant, done).open();
    }

    /** The data protection officer's erasure; {@code erasedAlready} asks the read side after a refusal. */
    public static void erase(FormServices services, String participantId, String name, ParticipantDataRights rights,
                             BooleanSupplier erasedAlready, Runnable done) {
        new EraseRecordDialog(services, participantId, name, rights, erasedAlready, done).open();
    }

    /** The data protection officer restricts processing of the person's record. */
    public static void restrict(FormServices services, String participantId, String name, Runnable done) {
        new RestrictProcessingDialog(services, participantId, name, done).open();
    }

    /** The data protection officer lifts the restriction (every restriction on the record). */
    public static void liftRestriction(FormServices services, String participantId, String name,
                                       Restriction restriction, Runnable done) {
        new LiftRestrictionDialog(services, participantId, name, restriction, done).open();
    }
}
