package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.infra.time.UkTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A hand-built enrolment history for measure tests: the published events, folded into an {@link OutcomeRow}
 * as the projection folds them. Every event is kept ({@link #events()}) so that a Spring test can publish the
 * same history.
 */
final class History {

    private LocalDate recordedOn;

    private final List<EnrolmentEvent> events = new ArrayList<>();
    private OutcomeRow row;

    private History(EnrolmentStartedEvent started, ParticipantFacts participant) {
        events.add(started);
        row = OutcomeRow.started(started, participant);
    }

    static History thriveIntoWork(String participantId, String provider, LocalAuthority area, LocalDate referredOn) {
        return thriveIntoWork(participantId, provider, area, FundingStream.THRIVE_INTO_WORK_TRIAL, referredOn, null);
    }

    static History thriveIntoWork(String participantId, String provider, LocalAuthority area, FundingStream stream,
                                  LocalDate referredOn, ParticipantFacts participant) {
        return new History(new ReferredToThriveIntoWork("e-" + UUID.randomUUID(), participantId, provider, area, stream, null,
                ThriveIntoWorkReferralSource.GP, "M92001", referredOn, null, "gp", noonOf(referredOn)), participant);
    }

    static History housingFirst(String participantId, String provider, LocalAuthority area, LocalDate referredOn,
                                ParticipantFacts participant) {
        return new History(new ReferredToHousingFirst("e-" + UUID.randomUUID(), participantId, provider, area,
                FundingStream.HOUSING_FIRST_PILOT, null, HousingFirstReferralSource.HOSTEL, referredOn, null,
                "caseworker", noonOf(referredOn)), participant);
    }

    static History roughSleeping(String participantId, String provider, LocalAuthority area, LocalDate contactedOn) {
        return new History(new OutreachContactMade("e-" + UUID.randomUUID(), participantId, provider, area,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, null, contactedOn, "Moor Street", true, null, "outreach",
                noonOf(contactedOn)), null);
    }

    String id() {
        return row.enrolmentId();
    }

    OutcomeRow row() {
        return row;
    }

    List<EnrolmentEvent> events() {
        return List.copyOf(events);
    }

    /** The next event is recorded on {@code day} (a correction recorded later, say), not on the day it is about. */
    History recordedOn(LocalDate day) {
        recordedOn = day;
        return this;
    }

    /** When an event about {@code day} is recorded: at noon that day, unless {@link #recordedOn} said otherwise. */
    private Instant recorded(LocalDate day) {
        Instant at = noonOf(recordedOn != null ? recordedOn : day);
        recordedOn = null;
        return at;
    }

    static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(UkTime.ZONE).toInstant();
    }

    History then(EnrolmentEvent event) {
        events.add(event);
        row = row.with(event);
        return this;
    }

    // Thrive into Work

    History enrolled(LocalDate on) {
        return then(new EligibilityAndConsentRecorded(id(), true, true, on, null, "caseworker", recorded(on)));
    }

    History allocated(TrialArm arm, LocalDate on) {
        return then(new TrialArmAllocated(id(), arm, arm == TrialArm.TREATMENT ? 1 : 9, 10, 5, on, null, "caseworker",
                recorded(on)));
    }

    /** Referred, enrolled and allocated on the same day. */
    static History inTrial(String participantId, String provider, LocalAuthority area, TrialArm arm, LocalDate on) {
        return thriveIntoWork(participantId, provider, area, on).enrolled(on).allocated(arm, on);
    }

    History employerContact(boolean faceToFace, LocalDate on) {
        return then(new EmployerContactMade(id(), "ec-" + UUID.randomUUID(), "Acme Ltd", faceToFace, on, null,
                "caseworker", recorded(on)));
    }

    History jobStarted(String jobId, LocalDate on, int hoursPerWeek) {
        return then(new JobStarted(id(), jobId, "Acme Ltd", "Cleaner", JobSector.CLEANING,
                BigDecimal.valueOf(hoursPerWeek), new BigDecimal("11.44"), on, null, "caseworker", recorded(on)));
    }

    History jobStartCorrected(String jobId, LocalDate on, int hoursPerWeek) {
        return then(new JobStartCorrected(id(), jobId, on, BigDecimal.valueOf(hoursPerWeek), new BigDecimal("11.44"),
                "Typed the wrong date", null, "caseworker", recorded(on)));
    }

    History jobChecked(String jobId, int weeks, LocalDate on) {
        return then(new JobSustainmentChecked(id(), jobId, weeks, on, null, "caseworker", recorded(on)));
    }

    History jobEnded(String jobId, LocalDate on) {
        return then(new JobEnded(id(), jobId, JobEndReason.RESIGNED, on, null, "caseworker", recorded(on)));
    }

    // Housing First

    History accepted(LocalDate on) {
        return then(new HousingFirstEligibilityAssessed(id(), true, null, on, null, "caseworker", recorded(on)));
    }

    History tenancyStarted(String tenancyId, LocalDate on) {
        return then(new TenancyStarted(id(), tenancyId, "4 Elm Road", LandlordType.SOCIAL, on, null, "caseworker",
                recorded(on)));
    }

    History tenancyEnded(String tenancyId, LocalDate on) {
        return then(new TenancyEnded(id(), tenancyId, TenancyEndReason.ABANDONMENT, on, null, "caseworker",
                recorded(on)));
    }

    // Rough Sleeping Initiative

    History placed(LocalDate on) {
        return then(new EmergencyAccommodationPlaced(id(), "pl-" + UUID.randomUUID(), EmergencyAccommodationType.HUB,
                "The Hub", on, null, "outreach", recorded(on)));
    }

    History movedOn(MoveOnKind kind, boolean sixMonthsOrMore, LocalDate on) {
        return then(new MovedOn(id(), kind, "Flat 2", sixMonthsOrMore, on, null, "outreach", recorded(on)));
    }

    History returned(LocalDate on) {
        return then(new ReturnedToRoughSleeping(id(), on, "Moor Street", null, "outreach", recorded(on)));
    }

    // Any pathway

    History contact(ContactType type, LocalDate on) {
        return then(new ContactLogged(id(), "c-" + UUID.randomUUID(), type, 20, "Checked in", on, null, "caseworker",
                recorded(on)));
    }

    History transferred(String toProvider, LocalDate on) {
        return then(new EnrolmentTransferred(id(), row.providerOrganisation(), toProvider, null, "Moved", on, null,
                "caseworker", recorded(on)));
    }

    History closed(LocalDate on) {
        return then(new EnrolmentClosed(id(), ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, on, null, "caseworker",
                recorded(on)));
    }

    History reopened(LocalDate on) {
        return then(new EnrolmentReopened(id(), "Back in touch", on, null, "caseworker", recorded(on)));
    }

    static ParticipantFacts person(LocalDate dateOfBirth, EqualityDetails equality) {
        return new ParticipantFacts(dateOfBirth, equality);
    }
}
