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

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/** Thrive into Work (both arms): the participant started a paid job. */
class JobStartDialog extends StepDialog {

    static final BigDecimal MAX_HOURS_A_WEEK = new BigDecimal("80");
    static final BigDecimal MAX_HOURLY_PAY = new BigDecimal("1000");

    private final TextField employer = FormFields.text("Employer", FormFields.SHORT_TEXT);
    private final TextField jobTitle = FormFields.text("Job title", FormFields.SHORT_TEXT);
    private final Select<JobSector> sector = FormFields.choice("Sector", List.of(JobSector.values()), JobSector::label);
    private final BigDecimalField hoursPerWeek = new BigDecimalField("Hours a week");
    private final BigDecimalField hourlyPay = new BigDecimalField("Hourly pay");
    private final DatePicker startedOn;

    JobStartDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_JOB_START, show);
        check(field("employer", employer)
                .withValidator(FormFields.notBlank("Enter the employer"))
                .withValidator(FormFields.atMost(FormFields.SHORT_TEXT, "The employer")));
        check(field("jobTitle", jobTitle)
                .withValidator(FormFields.notBlank("Enter the job title"))
                .withValidator(FormFields.atMost(FormFields.SHORT_TEXT, "The job title")));
        employer.setRequiredIndicatorVisible(true);
        jobTitle.setRequiredIndicatorVisible(true);
        check(field("sector", sector).asRequired("Choose the sector"));
        hoursPerWeek.setRequiredIndicatorVisible(true);
        check(field("hoursPerWeek", hoursPerWeek)
                .asRequired("Enter the hours a week")
                .withValidator(hours -> hours.signum() > 0 && hours.compareTo(MAX_HOURS_A_WEEK) <= 0,
                        "Hours a week must be more than 0 and at most " + MAX_HOURS_A_WEEK));
        hourlyPay.setPrefixComponent(new Span("£"));
        hourlyPay.setRequiredIndicatorVisible(true);
        check(field("hourlyPay", hourlyPay)
                .asRequired("Enter the hourly pay")
                .withValidator(pay -> pay.signum() > 0 && pay.compareTo(MAX_HOURLY_PAY) < 0,
                        "Hourly pay must be more than £0 and less than £" + MAX_HOURLY_PAY)
                .withValidator(pay -> pay.stripTrailingZeros().scale() <= 2, "Hourly pay is in pounds and pence"));
        startedOn = dateField("startedOn", "Started on", enrolment.startedOn(), "the referral");
        explain("A first paid job of at least 4 hours a week counts as a job start. Sustainment checks fall due "
                + "13 and 26 weeks after the start.");
    }

    @Override
    protected Object command() {
        return new RecordJobStart(enrolmentId(), FormFields.trimmed(employer.getValue()),
                FormFields.trimmed(jobTitle.getValue()), sector.getValue(), hoursPerWeek.getValue(),
                hourlyPay.getValue(), startedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
