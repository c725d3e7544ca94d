package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;

import java.util.List;
import java.util.function.Consumer;

/** Thrive into Work (both arms): the participant started a paid job. */
class JobStartDialog extends StepDialog {

    private final TextField employer = FormFields.text("Employer", FormFields.SHORT_TEXT);
    private final TextField jobTitle = FormFields.text("Job title", FormFields.SHORT_TEXT);
    private final Select<JobSector> sector = FormFields.choice("Sector", List.of(JobSector.values()), JobSector::label);
    private final BigDecimalField hoursPerWeek = new BigDecimalField("Hours a week");
    private final BigDecimalField hourlyPay = new BigDecimalField("Hourly pay");
    private final DatePicker startedOn;

    JobStartDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_JOB_START, show);
        check(field("employer", employer).withValidator(FormFields.rule(ThriveIntoWorkRules::employer)));
        check(field("jobTitle", jobTitle).withValidator(FormFields.rule(ThriveIntoWorkRules::jobTitle)));
        employer.setRequiredIndicatorVisible(true);
        jobTitle.setRequiredIndicatorVisible(true);
        check(field("sector", sector).asRequired("Choose the sector"));
        hoursPerWeek.setRequiredIndicatorVisible(true);
        check(field("hoursPerWeek", hoursPerWeek).withValidator(FormFields.rule(ThriveIntoWorkRules::hoursPerWeek)));
        hourlyPay.setPrefixComponent(new Span("£"));
        hourlyPay.setRequiredIndicatorVisible(true);
        check(field("hourlyPay", hourlyPay).withValidator(FormFields.rule(ThriveIntoWorkRules::hourlyPay)));
        startedOn = dateField("startedOn", "Started on", enrolment.startedOn(), "the referral");
        explain("A first paid job of at least 4 hours a week counts as a job start. Sustainment checks fall due "
                + StepRules.listed(ThriveIntoWorkRules.JOB_CHECK_WEEKS) + " weeks after the start.");
    }

    @Override
    protected Object command() {
        return new RecordJobStart(enrolmentId(), FormFields.trimmed(employer.getValue()),
                FormFields.trimmed(jobTitle.getValue()), sector.getValue(), hoursPerWeek.getValue(),
                hourlyPay.getValue(), startedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
