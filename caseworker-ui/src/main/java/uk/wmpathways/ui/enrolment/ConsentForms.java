package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;

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
}
