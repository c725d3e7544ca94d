package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationResult;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary.RecordedJob;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;
import uk.wmpathways.ui.UkFormats;

import java.util.function.Consumer;

/**
 * Thrive into Work: a job start recorded wrongly (its date, hours a week or hourly pay) is corrected, with the
 * reason. Any job recorded can be corrected, ended ones too; choosing one fills in what is recorded for it now.
 */
class CorrectJobStartDialog extends StepDialog {

    private final Select<RecordedJob> job;
    private final DatePicker startedOn;
    private final BigDecimalField hoursPerWeek = new BigDecimalField("Hours a week");
    private final BigDecimalField hourlyPay = new BigDecimalField("Hourly pay");
    private final TextArea reason = FormFields.longText("Why it is corrected", FormFields.REASON_TEXT);

    CorrectJobStartDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.CORRECT_JOB_START, show);
        explain("Give the start date, hours a week and hourly pay as they should have been recorded, and why. "
                + "The job's sustainment checks then fall due from the corrected start date; reports for earlier "
                + "days still show what was known then.");
        job = FormFields.choice("Job", enrolment.allJobs(), CorrectJobStartDialog::describe);
        check(field("jobId", job).asRequired("Choose the job"));
        fullWidth(job);
        startedOn = dateField("startedOn", "Started on", enrolment.startedOn(), "the referral", (date, context) ->
                date != null && job.getValue() != null && job.getValue().endedOn() != null
                        && date.isAfter(job.getValue().endedOn())
                        ? ValidationResult.error("This job ended on " + UkFormats.date(job.getValue().endedOn())
                        + "; it cannot have started after that")
                        : ValidationResult.ok());
        hoursPerWeek.setRequiredIndicatorVisible(true);
        check(field("hoursPerWeek", hoursPerWeek).withValidator(FormFields.rule(ThriveIntoWorkRules::hoursPerWeek)));
        hourlyPay.setPrefixComponent(new Span("£"));
        hourlyPay.setRequiredIndicatorVisible(true);
        check(field("hourlyPay", hourlyPay).withValidator(FormFields.rule(ThriveIntoWorkRules::hourlyPay)));
        check(field("reason", reason).withValidator(FormFields.rule(ThriveIntoWorkRules::correctionReason)));
        reason.setRequiredIndicatorVisible(true);
        fullWidth(reason);
        job.addValueChangeListener(chosen -> showAsRecorded(chosen.getValue()));
        if (enrolment.allJobs().size() == 1) {
            job.setValue(enrolment.allJobs().get(0));
        }
    }

    private static String describe(RecordedJob job) {
        return job.description() + " (started " + UkFormats.date(job.startedOn())
                + (job.endedOn() == null ? "" : ", ended " + UkFormats.date(job.endedOn())) + ")";
    }

    /** Fills in the job's start as recorded now, to be changed where it is wrong. */
    private void showAsRecorded(RecordedJob chosen) {
        if (chosen == null) {
            return;
        }
        startedOn.setValue(chosen.startedOn());
        hoursPerWeek.setValue(chosen.hoursPerWeek());
        hourlyPay.setValue(chosen.hourlyPay());
    }

    @Override
    protected Object command() {
        return new CorrectJobStart(enrolmentId(), job.getValue().jobId(), startedOn.getValue(),
                hoursPerWeek.getValue(), hourlyPay.getValue(), FormFields.trimmed(reason.getValue()), requestId,
                expectedVersion(), recordedBy);
    }
}
