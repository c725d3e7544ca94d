package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.ReferralRules;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.caseservice.api.referral.WithdrawReferral;

import java.util.function.Consumer;

/** Declines a referral to the caseworker's organisation (with a reason), or withdraws one it made. */
class AnswerReferralDialog extends CommandDialog {

    private final ReferralSummary referral;
    private final ReferralStatus outcome;
    private final Consumer<ReferralStatus> done;
    private final TextArea reason = FormFields.longText("Reason", ReferralRules.MAX_REASON);

    private AnswerReferralDialog(FormServices services, ReferralSummary referral, ReferralStatus outcome,
                                 Consumer<ReferralStatus> done) {
        super(services, (outcome == ReferralStatus.DECLINED ? "Decline referral" : "Withdraw referral")
                + (referral.participantName() == null ? "" : ": " + referral.participantName()),
                outcome == ReferralStatus.DECLINED ? "Decline" : "Withdraw");
        this.referral = referral;
        this.outcome = outcome;
        this.done = done;
    }

    static AnswerReferralDialog decline(FormServices services, ReferralSummary referral, Consumer<ReferralStatus> done) {
        AnswerReferralDialog dialog = new AnswerReferralDialog(services, referral, ReferralStatus.DECLINED, done);
        dialog.explain("Referred by " + services.directory().organisationName(referral.fromOrganisation())
                + " for " + referral.pathway().label() + ". They will see your reason.");
        dialog.reason.setRequiredIndicatorVisible(true);
        check(dialog.field("reason", dialog.reason).withValidator(FormFields.rule(ReferralRules::declineReason)));
        dialog.fullWidth(dialog.reason);
        return dialog;
    }

    static AnswerReferralDialog withdraw(FormServices services, ReferralSummary referral, Consumer<ReferralStatus> done) {
        AnswerReferralDialog dialog = new AnswerReferralDialog(services, referral, ReferralStatus.WITHDRAWN, done);
        dialog.explain("The referral to " + services.directory().organisationName(referral.toOrganisation())
                + " for " + referral.pathway().label() + " is taken back; they no longer see this person's record "
                + "through it.");
        return dialog;
    }

    @Override
    protected Object command() {
        return outcome == ReferralStatus.DECLINED
                ? new DeclineReferral(referral.referralId(), FormFields.trimmed(reason.getValue()), recordedBy)
                : new WithdrawReferral(referral.referralId(), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Referral " + outcome.label().toLowerCase(java.util.Locale.ROOT), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.accept(outcome);
        });
    }
}
