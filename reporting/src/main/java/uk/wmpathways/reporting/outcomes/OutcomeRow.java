package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * One enrolment as the outcome reports see it: where and by whom it is delivered, from which funds, when it
 * started (the referral, or outreach's first contact) and closed, who the participant is for equality
 * breakdowns, and the outcome facts of its pathway (only that pathway's part is set). Immutable: each event
 * gives the next row ({@link #with}); events that change no outcome fact give the same row.
 */
record OutcomeRow(String enrolmentId,
                  String participantId,
                  Pathway pathway,
                  LocalAuthority localAuthority,
                  String providerOrganisation,
                  FundingStream fundingStream,
                  LocalDate startedOn,
                  LocalDate closedOn,
                  ExitReason exitReason,
                  ParticipantFacts participant,
                  HousingFirstFacts housingFirst,
                  RoughSleepingFacts roughSleeping,
                  ThriveIntoWorkFacts thriveIntoWork) {

    static OutcomeRow started(EnrolmentStartedEvent event, ParticipantFacts participant) {
        LocalDate startedOn = null;
        HousingFirstFacts housingFirst = null;
        RoughSleepingFacts roughSleeping = null;
        ThriveIntoWorkFacts thriveIntoWork = null;
        if (event instanceof ReferredToHousingFirst e) {
            startedOn = e.referredOn();
            housingFirst = HousingFirstFacts.REFERRED;
        } else if (event instanceof OutreachContactMade e) {
            startedOn = e.contactedOn();
            roughSleeping = RoughSleepingFacts.contacted(e.verifiedRoughSleeper());
        } else if (event instanceof ReferredToThriveIntoWork e) {
            startedOn = e.referredOn();
            thriveIntoWork = ThriveIntoWorkFacts.REFERRED;
        }
        return new OutcomeRow(event.enrolmentId(), event.participantId(), event.fundingStream().pathway(),
                event.localAuthority(), event.providerOrganisation(), event.fundingStream(), startedOn, null, null,
                participant == null ? ParticipantFacts.NOT_RECORDED : participant,
                housingFirst, roughSleeping, thriveIntoWork);
    }

    /** The row after {@code event}, an event of this enrolment that follows its start. */
    OutcomeRow with(EnrolmentEvent event) {
        if (event instanceof HousingFirstEligibilityAssessed e) {
            return e.accepted() ? housingFirst(facts -> facts.acceptedOn(e.assessedOn())) : this;
        } else if (event instanceof TenancyStarted e) {
            return housingFirst(facts -> facts.withTenancy(new Tenancy(e.tenancyId(), e.startedOn(), null)));
        } else if (event instanceof TenancyEnded e) {
            return housingFirst(facts -> facts.tenancyEnded(e.tenancyId(), e.endedOn()));
        } else if (event instanceof EmergencyAccommodationPlaced e) {
            return roughSleeping(facts -> facts.placedOn(e.placedOn()));
        } else if (event instanceof MovedOn e) {
            return roughSleeping(facts -> facts.movedOn(
                    new MoveOn(e.movedOn(), e.kind(), e.intendedToLastSixMonthsOrMore())));
        } else if (event instanceof ReturnedToRoughSleeping e) {
            return roughSleeping(facts -> facts.returnedOn(e.seenOn()));
        } else if (event instanceof EligibilityAndConsentRecorded e) {
            return e.eligible() && e.consentGiven() ? thriveIntoWork(facts -> facts.enrolledOn(e.recordedOn())) : this;
        } else if (event instanceof TrialArmAllocated e) {
            return thriveIntoWork(facts -> facts.allocated(e.arm(), e.allocatedOn()));
        } else if (event instanceof EmployerContactMade e) {
            return thriveIntoWork(facts -> facts.employerContacted(new EmployerContact(e.contactedOn(), e.faceToFace())));
        } else if (event instanceof JobStarted e) {
            return thriveIntoWork(facts -> facts.jobStarted(e.jobId(), e.startedOn(), e.hoursPerWeek()));
        } else if (event instanceof JobStartCorrected e) {
            return thriveIntoWork(facts -> facts.job(e.jobId(), job -> job.corrected(e.startedOn(), e.hoursPerWeek())));
        } else if (event instanceof JobSustainmentChecked e) {
            return thriveIntoWork(facts -> facts.job(e.jobId(), job -> job.checkedAt(e.weeksAfterStart())));
        } else if (event instanceof JobEnded e) {
            return thriveIntoWork(facts -> facts.job(e.jobId(), job -> job.endedOn(e.endedOn())));
        } else if (event instanceof EnrolmentTransferred e) {
            return new OutcomeRow(enrolmentId, participantId, pathway, localAuthority, e.toOrganisation(),
                    fundingStream, startedOn, closedOn, exitReason, participant, housingFirst, roughSleeping,
                    thriveIntoWork);
        } else if (event instanceof EnrolmentClosed e) {
            return closed(e.closedOn(), e.reason());
        } else if (event instanceof EnrolmentReopened) {
            return closed(null, null);
        }
        return this;
    }

    /**
     * Whether the enrolment was open at some time from {@code from} to {@code to}: started by {@code to} and not
     * closed before {@code from}. A closed and re-opened enrolment counts as open throughout.
     */
    boolean openBetween(LocalDate from, LocalDate to) {
        return startedOn != null && !startedOn.isAfter(to) && (closedOn == null || !closedOn.isBefore(from));
    }

    private OutcomeRow closed(LocalDate day, ExitReason reason) {
        return new OutcomeRow(enrolmentId, participantId, pathway, localAuthority, providerOrganisation,
                fundingStream, startedOn, day, reason, participant, housingFirst, roughSleeping, thriveIntoWork);
    }

    private OutcomeRow housingFirst(UnaryOperator<HousingFirstFacts> change) {
        return housingFirst == null ? this : new OutcomeRow(enrolmentId, participantId, pathway, localAuthority,
                providerOrganisation, fundingStream, startedOn, closedOn, exitReason, participant,
                change.apply(housingFirst), roughSleeping, thriveIntoWork);
    }

    private OutcomeRow roughSleeping(UnaryOperator<RoughSleepingFacts> change) {
        return roughSleeping == null ? this : new OutcomeRow(enrolmentId, participantId, pathway, localAuthority,
                providerOrganisation, fundingStream, startedOn, closedOn, exitReason, participant, housingFirst,
                change.apply(roughSleeping), thriveIntoWork);
    }

    private OutcomeRow thriveIntoWork(UnaryOperator<ThriveIntoWorkFacts> change) {
        return thriveIntoWork == null ? this : new OutcomeRow(enrolmentId, participantId, pathway, localAuthority,
                providerOrganisation, fundingStream, startedOn, closedOn, exitReason, participant, housingFirst,
                roughSleeping, change.apply(thriveIntoWork));
    }
}
