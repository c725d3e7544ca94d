package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EventCases;
import uk.wmpathways.caseservice.api.enrolment.Job;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.casework.TimelineText.Context;
import uk.wmpathways.reporting.casework.TimelineText.Line;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import static uk.wmpathways.reporting.casework.TimelineText.hours;
import static uk.wmpathways.reporting.casework.TimelineText.inBrackets;
import static uk.wmpathways.reporting.casework.TimelineText.pounds;

/** The timeline's words for the Thrive into Work events. */
final class ThriveIntoWorkTimeline {

    private static final DateTimeFormatter CORRECTED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ThriveIntoWorkTimeline() {
    }

    static void teach(EventCases<Context, Line> lines) {
        lines.on(ReferredToThriveIntoWork.class, (about, e) -> new Line(e.referredOn(),
                        e.source() == ThriveIntoWorkReferralSource.SELF
                                ? "Referred to Thrive into Work (self-referral)"
                                : "Referred to Thrive into Work by " + e.source().label()))
                .on(EligibilityAndConsentRecorded.class, (about, e) -> new Line(e.recordedOn(),
                        "Eligibility and consent recorded: " + (!e.eligible() ? "not eligible"
                                : e.consentGiven() ? "eligible, consent given" : "eligible, consent not given")))
                // the draw itself (number and range) stays in the event for audit; a caseworker needs the arm
                .on(TrialArmAllocated.class, (about, e) -> new Line(e.allocatedOn(), "Trial arm allocated: "
                        + e.arm().label() + (e.wasReused()
                        ? " (the arm of an earlier trial enrolment: one arm for life)" : "")))
                .on(VocationalProfileCompleted.class, (about, e) ->
                        new Line(e.completedOn(), "Vocational profile completed"))
                .on(EmployerContactMade.class, (about, e) -> new Line(e.contactedOn(), "Employer contact: "
                        + e.employer() + (e.faceToFace() ? " (face to face)" : " (not face to face)")))
                .on(JobStarted.class, (about, e) -> new Line(e.startedOn(), "Job started: " + e.jobTitle()
                        + " at " + e.employer() + ", " + hours(e.hoursPerWeek()) + " a week, "
                        + pounds(e.hourlyPay()) + " an hour" + inBrackets(e.sector().label())))
                // Dated the day the correction was made: the job start it corrects keeps its own place and words.
                .on(JobStartCorrected.class, (about, e) -> new Line(
                        UkTime.dayOf(e.recordedAt()), "Job start corrected: "
                        + jobDescription(about.state(), e.jobId()).orElse("job")
                        + " started " + CORRECTED_DATE.format(e.startedOn()) + ", " + hours(e.hoursPerWeek())
                        + " a week, " + pounds(e.hourlyPay()) + " an hour" + inBrackets(e.reason())))
                .on(JobSustainmentChecked.class, (about, e) -> new Line(e.checkedOn(),
                        e.weeksAfterStart() + "-week job sustainment check recorded: still in work"))
                .on(JobEnded.class, (about, e) -> new Line(e.endedOn(), "Job ended: " + e.reason().label()
                        + inBrackets(jobDescription(about.state(), e.jobId()).orElse(null))));
    }

    private static Optional<String> jobDescription(EnrolmentState state, String jobId) {
        return state.thriveIntoWork().flatMap(work -> work.job(jobId)).map(Job::description);
    }
}
