package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.ValidationResult;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary.CurrentJob;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.UkFormats;

import java.util.List;
import java.util.function.Consumer;

/** Thrive into Work: a current job ended, with the reason. */
class EndJobDialog extends StepDialog {

    private final Select<CurrentJob> job;
    private final Select<JobEndReason> reason =
            FormFields.choice("Why it ended", List.of(JobEndReason.values()), JobEndReason::label);
    private final DatePicker endedOn;

    EndJobDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.END_JOB, show);
        job = FormFields.choice("Job", enrolment.currentJobs(),
                j -> j.description() + " (started " + UkFormats.date(j.startedOn()) + ")");
        check(field("jobId", job).asRequired("Choose the job"));
        fullWidth(job);
        check(field("reason", reason).asRequired("Choose why the job ended"));
        endedOn = dateField("endedOn", "Ended on", enrolment.startedOn(), "the referral", (date, context) ->
                date != null && job.getValue() != null && date.isBefore(job.getValue().startedOn())
                        ? ValidationResult.error("A job cannot end before it started ("
                        + UkFormats.date(job.getValue().startedOn()) + ")")
                        : ValidationResult.ok());
        if (enrolment.currentJobs().size() == 1) {
            job.setValue(enrolment.currentJobs().get(0));
        }
    }

    @Override
    protected Object command() {
        return new EndJob(enrolmentId(), job.getValue().jobId(), reason.getValue(), endedOn.getValue(), requestId,
                expectedVersion(), recordedBy);
    }
}
