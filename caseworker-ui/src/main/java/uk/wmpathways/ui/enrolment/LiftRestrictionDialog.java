package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.NotRestrictedException;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

/** The data protection officer lifts the restriction of a person's record: every restriction on it. */
class LiftRestrictionDialog extends CommandDialog {

    private final String participantId;
    private final Runnable done;

    LiftRestrictionDialog(FormServices services, String participantId, String name, Restriction restriction,
                          Runnable done) {
        super(services, "Lift restriction: " + name, "Lift restriction");
        this.participantId = participantId;
        this.done = done;
        explain("Processing of this record is restricted"
                + (restriction == null ? "" : ": " + restriction.ground().label()) + ". Lifting it lets caseworkers "
                + "record steps about the person again. It lifts every restriction on the record, also one that "
                + "withdrawn consent put on it: check first that the person's consent stands or another lawful basis "
                + "applies.").setId("lift-what");
    }

    @Override
    protected Object command() {
        return new LiftProcessingRestriction(participantId, recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Restriction lifted", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }

    @Override
    protected void rejected(Throwable cause) {
        if (cause instanceof NotRestrictedException || cause instanceof DataSubjectErasedException) {
            showProblem("Nothing was recorded: " + (cause instanceof NotRestrictedException
                    ? cause.getMessage() : "this record was erased."));
            finished();
            done.run();
        } else {
            super.rejected(cause);
        }
    }
}
