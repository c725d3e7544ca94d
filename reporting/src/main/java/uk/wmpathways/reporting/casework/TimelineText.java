package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.Job;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What an enrolment event says, in the plain words of the participant's timeline ("Tenancy started at
 * 4 Elm Road (Social landlord)"), and the day it happened. Who recorded it and when are shown beside the text.
 */
final class TimelineText {

    /** The day a step happened and what happened. */
    record Line(LocalDate occurredOn, String text) {
    }

    private static final DateTimeFormatter CORRECTED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ProviderOrganisations organisations;
    private final Function<String, String> displayNameOfWorker;

    /** {@code displayNameOfWorker}: a worker's name for people from their username (the username when unknown). */
    TimelineText(ProviderOrganisations organisations, Function<String, String> displayNameOfWorker) {
        this.organisations = organisations;
        this.displayNameOfWorker = displayNameOfWorker;
    }

    private static Optional<String> jobDescription(EnrolmentState state, String jobId) {
        return state.thriveIntoWork().flatMap(work -> work.job(jobId)).map(Job::description);
    }

    /** {@code state} is the enrolment with the event folded in. */
    Line of(EnrolmentEvent event, EnrolmentState state) {
        if (event instanceof ReferredToHousingFirst e) {
            return new Line(e.referredOn(), "Referred to Housing First by " + e.source().label());
        }
        if (event instanceof HousingFirstEligibilityAssessed e) {
            return new Line(e.assessedOn(), e.accepted() ? "Eligibility assessed: accepted"
                    : "Eligibility assessed: declined" + inBrackets(e.declineReason() == null ? null : e.declineReason().label()));
        }
        if (event instanceof TenancyStarted e) {
            return new Line(e.startedOn(), "Tenancy started at " + e.property() + inBrackets(e.landlordType().label()));
        }
        if (event instanceof TenancySustainmentChecked e) {
            return new Line(e.checkedOn(),
                    e.monthsAfterStart() + "-month tenancy sustainment check recorded: tenancy still running");
        }
        if (event instanceof TenancyEnded e) {
            return new Line(e.endedOn(), "Tenancy ended: " + e.reason().label());
        }
        if (event instanceof OutreachContactMade e) {
            return new Line(e.contactedOn(), "Contact made by outreach" + at(e.location())
                    + (e.verifiedRoughSleeper() ? " (verified rough sleeper)" : " (not verified as sleeping rough)"));
        }
        if (event instanceof EmergencyAccommodationPlaced e) {
            return new Line(e.placedOn(), "Placed in emergency accommodation: " + e.accommodationType().label()
                    + (isBlank(e.accommodationName()) ? "" : ", " + e.accommodationName()));
        }
        if (event instanceof MovedOn e) {
            String details = isBlank(e.destination()) ? "" : e.destination();
            if (e.intendedToLastSixMonthsOrMore()) {
                details = details.isEmpty() ? "intended to last 6 months or more"
                        : details + ", intended to last 6 months or more";
            }
            return new Line(e.movedOn(), "Moved on: " + e.kind().label() + inBrackets(details));
        }
        if (event instanceof ReturnedToRoughSleeping e) {
            return new Line(e.seenOn(), "Seen rough sleeping again" + at(e.location()));
        }
        if (event instanceof ReferredToThriveIntoWork e) {
            return new Line(e.referredOn(), e.source() == ThriveIntoWorkReferralSource.SELF
                    ? "Referred to Thrive into Work (self-referral)"
                    : "Referred to Thrive into Work by " + e.source().label());
        }
        if (event instanceof EligibilityAndConsentRecorded e) {
            String outcome = !e.eligible() ? "not eligible"
                    : e.consentGiven() ? "eligible, consent given" : "eligible, consent not given";
            return new Line(e.recordedOn(), "Eligibility and consent recorded: " + outcome);
        }
        if (event instanceof TrialArmAllocated e) {
            return new Line(e.allocatedOn(), "Trial arm allocated: " + e.arm().label()
                    + " (drawn " + e.drawn() + " of " + e.drawRange() + ")");
        }
        if (event instanceof VocationalProfileCompleted e) {
            return new Line(e.completedOn(), "Vocational profile completed");
        }
        if (event instanceof EmployerContactMade e) {
            return new Line(e.contactedOn(), "Employer contact: " + e.employer()
                    + (e.faceToFace() ? " (face to face)" : " (not face to face)"));
        }
        if (event instanceof JobStarted e) {
            return new Line(e.startedOn(), "Job started: " + e.jobTitle() + " at " + e.employer() + ", "
                    + hours(e.hoursPerWeek()) + " a week, " + pounds(e.hourlyPay()) + " an hour"
                    + inBrackets(e.sector().label()));
        }
        if (event instanceof JobStartCorrected e) {
            // Dated the day the correction was made: the job start it corrects keeps its own place and words.
            return new Line(UkTime.dayOf(e.recordedAt()), "Job start corrected: "
                    + jobDescription(state, e.jobId()).orElse("job")
                    + " started " + CORRECTED_DATE.format(e.startedOn()) + ", " + hours(e.hoursPerWeek())
                    + " a week, " + pounds(e.hourlyPay()) + " an hour" + inBrackets(e.reason()));
        }
        if (event instanceof JobSustainmentChecked e) {
            return new Line(e.checkedOn(), e.weeksAfterStart() + "-week job sustainment check recorded: still in work");
        }
        if (event instanceof JobEnded e) {
            return new Line(e.endedOn(), "Job ended: " + e.reason().label()
                    + inBrackets(jobDescription(state, e.jobId()).orElse(null)));
        }
        if (event instanceof WorkerAssigned e) {
            return new Line(e.assignedOn(), e.previousWorker() == null
                    ? "Assigned to " + displayNameOfWorker.apply(e.worker())
                    : "Reassigned from " + displayNameOfWorker.apply(e.previousWorker()) + " to "
                    + displayNameOfWorker.apply(e.worker()));
        }
        if (event instanceof EnrolmentTransferred e) {
            return new Line(e.transferredOn(), "Transferred from " + organisations.nameOf(e.fromOrganisation())
                    + " to " + organisations.nameOf(e.toOrganisation()) + (isBlank(e.reason()) ? "" : ": " + e.reason())
                    + (e.worker() == null ? "" : "; taken on by " + displayNameOfWorker.apply(e.worker())));
        }
        if (event instanceof ContactLogged e) {
            return new Line(e.contactedOn(), e.type().label() + " contact, " + e.durationMinutes()
                    + (e.durationMinutes() == 1 ? " minute" : " minutes") + (isBlank(e.note()) ? "" : ": " + e.note()));
        }
        if (event instanceof EnrolmentClosed e) {
            return new Line(e.closedOn(), "Closed: " + e.reason().label()
                    + (e.destination() == null ? "" : " (destination: " + e.destination().label() + ")"));
        }
        if (event instanceof EnrolmentReopened e) {
            return new Line(e.reopenedOn(), "Re-opened" + (isBlank(e.reason()) ? "" : ": " + e.reason()));
        }
        // An event type added to the published language after this projection: still on the timeline.
        return new Line(UkTime.dayOf(event.recordedAt()),
                event.getClass().getSimpleName());
    }

    private static String hours(BigDecimal hours) {
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    private static String at(String place) {
        return isBlank(place) ? "" : " at " + place;
    }

    private static String inBrackets(String text) {
        return isBlank(text) ? "" : " (" + text + ")";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
