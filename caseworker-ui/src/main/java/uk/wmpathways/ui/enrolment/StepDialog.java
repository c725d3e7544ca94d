package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.StepResult;

import java.util.function.Consumer;

/**
 * The form of one step on an enrolment. It sends the version of the enrolment it was opened on, so that a step
 * decided on out-of-date information is refused; once a step is recorded it waits (briefly) for the read
 * model to show it before the page is shown again.
 */
abstract class StepDialog extends CommandDialog {

    protected final EnrolmentSummary enrolment;
    protected final Step step;
    private final Consumer<EnrolmentSummary> show;

    /** {@code show} shows the page again with the enrolment as the read model now has it. */
    protected StepDialog(FormServices services, EnrolmentSummary enrolment, Step step,
                         Consumer<EnrolmentSummary> show) {
        super(services, step.label(), "Record");
        this.enrolment = enrolment;
        this.step = step;
        this.show = show;
    }

    protected String enrolmentId() {
        return enrolment.enrolmentId();
    }

    protected Long expectedVersion() {
        return enrolment.version();
    }

    /** Waits for the read model to reach the version the step was recorded at (its command's answer). */
    @Override
    protected void accepted(Object result, UI ui) {
        long recordedAt = result instanceof StepResult step ? step.version() : enrolment.version() + 1;
        services.reads().awaitEnrolment(enrolmentId(), fresh -> fresh.version() >= recordedAt)
                .thenAccept(fresh -> ui.access(() -> recorded(fresh)));
    }

    /** The step is recorded and {@code fresh} is what the read model shows now (it may not show it yet). */
    protected void recorded(EnrolmentSummary fresh) {
        close();
        boolean shown = fresh != null && fresh.version() > enrolment.version();
        Notification.show(shown ? step.label() + ": recorded"
                                : step.label() + ": recorded. It may take a moment to appear here; reload the page to see it.",
                        4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showAgain(fresh);
    }

    protected void showAgain(EnrolmentSummary fresh) {
        show.accept(fresh != null ? fresh : enrolment);
    }

    @Override
    protected void rejected(Throwable cause) {
        if (cause instanceof StepNotAllowedException notAllowed) {
            showProblem("Nothing was recorded: " + notAllowed.getMessage()
                    + ". The enrolment has been reloaded to show where it is now.");
            reload();
        } else if (cause instanceof StaleEnrolmentVersionException) {
            showProblem("Nothing was recorded: something else was recorded on this enrolment after you opened this"
                    + " form. The enrolment has been reloaded: check it, then record this step again if it still applies.");
            reload();
        } else {
            super.rejected(cause);
        }
    }

    private void reload() {
        finished();
        showAgain(services.reads().enrolment(enrolmentId()).orElse(enrolment));
    }
}
