package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The field rules of the Thrive into Work steps, shared by the aggregate, the REST API and the forms. */
public final class ThriveIntoWorkRules {

    public static final List<Integer> JOB_CHECK_WEEKS = List.of(13, 26);
    public static final int FIRST_EMPLOYER_CONTACT_WITHIN_DAYS = 30;
    public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(80);
    public static final BigDecimal HOURLY_PAY_BELOW = BigDecimal.valueOf(1000);
    private static final Pattern ODS_CODE = Pattern.compile("[A-Za-z0-9]{3,10}");

    private ThriveIntoWorkRules() {
    }

    public static Optional<String> employer(String employer) {
        return StepRules.text("Employer", employer, StepRules.MAX_TEXT_LENGTH);
    }

    public static Optional<String> jobTitle(String jobTitle) {
        return StepRules.text("Job title", jobTitle, StepRules.MAX_TEXT_LENGTH);
    }

    public static Optional<String> correctionReason(String reason) {
        return StepRules.text("Reason for the correction", reason, StepRules.MAX_REASON_LENGTH);
    }

    public static Optional<String> hoursPerWeek(BigDecimal hours) {
        if (hours == null) {
            return Optional.of("Hours a week is required");
        }
        return hours.signum() <= 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0
                ? Optional.of("Hours a week must be more than 0 and at most " + MAX_HOURS_PER_WEEK)
                : Optional.empty();
    }

    /** Pounds and pence: more than £0, less than £1000, at most two decimal places (£12.345 is refused). */
    public static Optional<String> hourlyPay(BigDecimal pay) {
        if (pay == null) {
            return Optional.of("Hourly pay is required");
        }
        if (pay.signum() <= 0 || pay.compareTo(HOURLY_PAY_BELOW) >= 0) {
            return Optional.of("Hourly pay must be more than £0 and less than £" + HOURLY_PAY_BELOW);
        }
        return pay.stripTrailingZeros().scale() > 2
                ? Optional.of("Hourly pay is in pounds and pence: at most 2 decimal places")
                : Optional.empty();
    }

    /** Optional; when given, an ODS code shape (3 to 10 letters or digits). */
    public static Optional<String> referrerOdsCode(String odsCode) {
        return !StepRules.isBlank(odsCode) && !ODS_CODE.matcher(odsCode.trim()).matches()
                ? Optional.of("Referrer ODS code must be 3 to 10 letters or digits")
                : Optional.empty();
    }

    public static Optional<String> jobCheckWeeks(int weeks) {
        return JOB_CHECK_WEEKS.contains(weeks)
                ? Optional.empty()
                : Optional.of("Weeks after start must be one of " + StepRules.listed(JOB_CHECK_WEEKS));
    }

    /** The referral's fields, those every start has included. */
    public static void referral(ReferToThriveIntoWork command, StepProblems problems) {
        StepRules.start(command, Pathway.THRIVE_INTO_WORK, problems);
        problems.required("source", command.source(), "Referral source")
                .check("referrerOdsCode", referrerOdsCode(command.referrerOdsCode()))
                .stepDate("referredOn", command.referredOn(), "Referral date");
    }

    public static void eligibilityAndConsent(RecordEligibilityAndConsent command, StepProblems problems) {
        problems.stepDate("recordedOn", command.recordedOn(), "Date recorded");
    }

    public static void trialArmAllocation(AllocateTrialArm command, StepProblems problems) {
        problems.stepDate("allocatedOn", command.allocatedOn(), "Allocation date");
    }

    public static void vocationalProfile(CompleteVocationalProfile command, StepProblems problems) {
        problems.stepDate("completedOn", command.completedOn(), "Completion date");
    }

    public static void employerContact(RecordEmployerContact command, StepProblems problems) {
        problems.check("employer", employer(command.employer()))
                .stepDate("contactedOn", command.contactedOn(), "Contact date");
    }

    public static void jobStart(RecordJobStart command, StepProblems problems) {
        jobTerms(problems
                .check("employer", employer(command.employer()))
                .check("jobTitle", jobTitle(command.jobTitle()))
                .required("sector", command.sector(), "Sector"), command.hoursPerWeek(), command.hourlyPay())
                .stepDate("startedOn", command.startedOn(), "Job start date");
    }

    /** A correction of a job's start: the same rules for the hours and pay as when the job was recorded. */
    public static void jobStartCorrection(CorrectJobStart command, StepProblems problems) {
        jobTerms(problems
                .required("jobId", command.jobId(), "Job")
                .stepDate("startedOn", command.startedOn(), "Job start date"), command.hoursPerWeek(),
                command.hourlyPay())
                .check("reason", correctionReason(command.reason()));
    }

    /** The hours a week and hourly pay of a job, as agreed at its start. */
    private static StepProblems jobTerms(StepProblems problems, BigDecimal hours, BigDecimal pay) {
        return problems.check("hoursPerWeek", hoursPerWeek(hours)).check("hourlyPay", hourlyPay(pay));
    }

    public static void jobCheck(RecordJobSustainmentCheck command, StepProblems problems) {
        problems.required("jobId", command.jobId(), "Job")
                .check("weeksAfterStart", jobCheckWeeks(command.weeksAfterStart()))
                .stepDate("checkedOn", command.checkedOn(), "Check date");
    }

    public static void endJob(EndJob command, StepProblems problems) {
        problems.required("jobId", command.jobId(), "Job")
                .required("reason", command.reason(), "Reason the job ended")
                .stepDate("endedOn", command.endedOn(), "Job end date");
    }
}
