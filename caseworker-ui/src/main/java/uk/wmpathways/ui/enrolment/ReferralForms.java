package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;

import java.util.function.Consumer;

/** The forms of referrals between organisations, for the participant's record and the Referrals view. */
public final class ReferralForms {

    private ReferralForms() {
    }

    public static void refer(FormServices services, ParticipantSummary participant) {
        new ReferToOrganisationDialog(services, participant).open();
    }

    /** The pathway's own start form, for the caseworker's organisation: sending it accepts the referral. */
    public static void accept(FormServices services, ParticipantSummary participant, ReferralSummary referral) {
        StartEnrolmentDialog form = switch (referral.pathway()) {
            case HOUSING_FIRST -> new ReferToHousingFirstDialog(services, participant);
            case ROUGH_SLEEPING_INITIATIVE -> new RecordOutreachContactDialog(services, participant);
            case THRIVE_INTO_WORK -> new ReferToThriveIntoWorkDialog(services, participant);
        };
        form.accepting(referral);
        form.open();
    }

    public static void decline(FormServices services, ReferralSummary referral, Consumer<ReferralStatus> done) {
        AnswerReferralDialog.decline(services, referral, done).open();
    }

    public static void withdraw(FormServices services, ReferralSummary referral, Consumer<ReferralStatus> done) {
        AnswerReferralDialog.withdraw(services, referral, done).open();
    }
}
