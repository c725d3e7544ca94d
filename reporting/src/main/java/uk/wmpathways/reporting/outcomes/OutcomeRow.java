package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.EventCases;
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
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One enrolment as the outcome reports see it: where and by whom it is delivered, from which funds, when it
 * started (the referral, or outreach's first contact) and closed, who the participant is for equality
 * breakdowns, and the outcome facts of its pathway (only that pathway's part is set). Immutable: each event
 * gives the next row ({@link #with}); events that change no outcome fact give the same row.
 * An event without a case fails loudly (EnrolmentEventCompletenessTest finds one before it ships).
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

    /**
     * What each event does to the row, one case per event class; an event that changes no outcome fact has a
     * case that gives the row unchanged, so that every event has been decided on.
     */
    private static final EventCases<OutcomeRow, OutcomeRow> CASES = EventCases.<OutcomeRow, OutcomeRow>of()
            // Common: the start (already folded in by started), the worker, transfers, contacts, closure.
            .on(ReferredToHousingFirst.class, OutcomeRow::unchanged)
            .on(OutreachContactMade.class, OutcomeRow::unchanged)
            .on(ReferredToThriveIntoWork.class, OutcomeRow::unchanged)
            .on(WorkerAssigned.class, OutcomeRow::unchanged)
            .on(EnrolmentTransferred.class, (row, e) -> new OutcomeRow(row.enrolmentId, row.participantId,
                    row.pathway, row.localAuthority, e.toOrganisation(), row.fundingStream, row.startedOn,
                    row.closedOn, row.exitReason, row.participant, row.housingFirst, row.roughSleeping,
                    row.thriveIntoWork))
            .on(ContactLogged.class, OutcomeRow::unchanged)
            .on(EnrolmentClosed.class, (row, e) -> row.closed(e.closedOn(), e.reason()))
            .on(EnrolmentReopened.class, (row, e) -> row.closed(null, null))
            // Housing First.
            .on(HousingFirstEligibilityAssessed.class, (row, e) ->
                    e.accepted() ? row.housingFirst(facts -> facts.acceptedOn(e.assessedOn())) : row)
            .on(TenancyStarted.class, (row, e) ->
                    row.housingFirst(facts -> facts.withTenancy(new Tenancy(e.tenancyId(), e.startedOn(), null))))
            .on(TenancySustainmentChecked.class, OutcomeRow::unchanged)
            .on(TenancyEnded.class, (row, e) ->
                    row.housingFirst(facts -> facts.tenancyEnded(e.tenancyId(), e.endedOn())))
            // Rough Sleeping Initiative.
            .on(EmergencyAccommodationPlaced.class, (row, e) ->
                    row.roughSleeping(facts -> facts.placedOn(e.placedOn())))
            .on(MovedOn.class, (row, e) -> row.roughSleeping(facts -> facts.movedOn(
                    new MoveOn(e.movedOn(), e.kind(), e.intendedToLastSixMonthsOrMore()))))
            .on(ReturnedToRoughSleeping.class, (row, e) -> row.roughSleeping(facts -> facts.returnedOn(e.seenOn())))
            // Thrive into Work.
            .on(EligibilityAndConsentRecorded.class, (row, e) -> e.eligible() && e.consentGiven()
                    ? row.thriveIntoWork(facts -> facts.enrolledOn(e.recordedOn())) : row)
            .on(TrialArmAllocated.class, (row, e) ->
                    row.thriveIntoWork(facts -> facts.allocated(e.arm(), e.allocatedOn())))
            .on(VocationalProfileCompleted.class, OutcomeRow::unchanged)
            .on(EmployerContactMade.class, (row, e) -> row.thriveIntoWork(facts ->
                    facts.employerContacted(new EmployerContact(e.contactedOn(), e.faceToFace()))))
            .on(JobStarted.class, (row, e) ->
                    row.thriveIntoWork(facts -> facts.jobStarted(e.jobId(), e.startedOn(), e.hoursPerWeek())))
            .on(JobStartCorrected.class, (row, e) -> row.thriveIntoWork(facts ->
                    facts.job(e.jobId(), job -> job.corrected(e.startedOn(), e.hoursPerWeek()))))
            .on(JobSustainmentChecked.class, (row, e) ->
                    row.thriveIntoWork(facts -> facts.job(e.jobId(), job -> job.checkedAt(e.weeksAfterStart()))))
            .on(JobEnded.class, (row, e) ->
                    row.thriveIntoWork(facts -> facts.job(e.jobId(), job -> job.endedOn(e.endedOn()))));

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
        return CASES.apply(this, event).orElseThrow(() -> new IllegalStateException(
                "The outcome row has not been taught " + event.getClass().getSimpleName()
                        + "; give it a case in OutcomeRow"));
    }

    /** The events {@link #with} has a case for. */
    static Set<Class<? extends EnrolmentEvent>> taught() {
        return CASES.taught();
    }

    /**
     * Whether the enrolment was open at some time from {@code from} to {@code to}: started by {@code to} and not
     * closed before {@code from}. A closed and re-opened enrolment counts as open throughout.
     */
    boolean openBetween(LocalDate from, LocalDate to) {
        return startedOn != null && !startedOn.isAfter(to) && (closedOn == null || !closedOn.isBefore(from));
    }

    /** For an event that changes no outcome fact. */
    private OutcomeRow unchanged(EnrolmentEvent event) {
        return this;
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
