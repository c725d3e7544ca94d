package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary.CurrentJob;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Thrive into Work: a current job is confirmed at a checkpoint (13 or 26 weeks after it started); only jobs
 * and checkpoints not recorded yet are offered, and a check is dated on or after its checkpoint.
 */
class JobCheckDialog extends StepDialog {

    private final Select<CurrentJob> job;
    private final Select<Integer> weeksAfterStart = FormFields.choice("Checkpoint", List.of(),
            weeks -> weeks + " weeks");
    private final DatePicker checkedOn;

    JobCheckDialog(FormServices services, EnrolmentSummary enrolment, DueHint hint, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_JOB_SUSTAINMENT_CHECK, show);
        List<CurrentJob> jobs = enrolment.currentJobs().stream()
                .filter(j -> !j.outstandingCheckWeeks().isEmpty()).toList();
        job = FormFields.choice("Job", jobs, j -> j.description() + " (started " + UkFormats.date(j.startedOn()) + ")");
        check(field("jobId", job).asRequired("Choose the job"));
        fullWidth(job);
        check(field("weeksAfterStart", weeksAfterStart).asRequired("Choose the checkpoint"));
        checkedOn = dateField("checkedOn", "Checked on", enrolment.startedOn(), "the referral",
                Checkpoints.notBeforeCheckpoint(weeksAfterStart, this::checkpoint));
        job.addValueChangeListener(e -> offerCheckpointsOf(e.getValue(), hint));
        job.setValue(jobs.stream().filter(j -> hint != null && j.jobId().equals(hint.reference())).findFirst()
                .orElse(jobs.isEmpty() ? null : jobs.get(0)));
    }

    private void offerCheckpointsOf(CurrentJob chosen, DueHint hint) {
        List<Integer> outstanding = chosen == null ? List.of() : chosen.outstandingCheckWeeks();
        weeksAfterStart.setItems(outstanding);
        weeksAfterStart.setItemLabelGenerator(weeks -> weeks == null || chosen == null ? ""
                : weeks + " weeks (from " + UkFormats.date(chosen.startedOn().plusWeeks(weeks)) + ")");
        weeksAfterStart.setValue(Checkpoints.preselect(outstanding, this::checkpoint, today, hint));
    }

    private LocalDate checkpoint(int weeks) {
        return job.getValue() == null ? today : job.getValue().startedOn().plusWeeks(weeks);
    }

    @Override
    protected Object command() {
        return new RecordJobSustainmentCheck(enrolmentId(), job.getValue().jobId(), weeksAfterStart.getValue(),
                checkedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
