package uk.wmpathways.caseservice.enrolment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkProgress;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.participant.ProcessingRestrictions;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A pathway enrolment (case) of any of the three pathways. What a step needs to know of the past is in
 * {@link EnrolmentState}, the fold the read side shares, so that a step offered on screen is a step accepted
 * here. Every step is decided in the same order ({@link #decide}): a retried request answers as the first
 * time did; a stale version is refused (409); the fields are checked on their own (400); a tenancy or job it names
 * must be one the enrolment has had (404 in the API); the step must be allowed in the current state (409); then
 * the fields are checked against what is recorded (400).
 * <p>
 * The steps every pathway shares are decided by {@link CommonSteps}; each pathway's own by
 * {@link HousingFirstSteps}, {@link RoughSleepingSteps} and {@link ThriveIntoWorkSteps}. Started by
 * {@link EnrolmentStartHandler}. Revision 2: the state was partitioned by pathway, so snapshots of revision 1
 * are not read (the enrolment is rebuilt from its events and snapshotted again). Revision 3: a Thrive into Work
 * enrolment in the trial is enrolled on its allocation day (it was the consent day), so older snapshots are not
 * read either.
 */
@Aggregate(snapshotTriggerDefinition = "enrolmentSnapshotTrigger", cache = "enrolmentCache")
@Revision("3")
class Enrolment {

    @AggregateIdentifier
    private String enrolmentId;
    private EnrolmentState state = new EnrolmentState();
    private RequestAnswers answers = new RequestAnswers();

    Enrolment() {
        // for Axon: state is rebuilt from events
    }

    Enrolment(ReferToHousingFirst command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        ReferredToHousingFirst referred = HousingFirstSteps.refer(command,
                StartChecks.of(command, clock, organisations, workers), clock);
        StartChecks.requireTakesOn(organisations, command, Pathway.HOUSING_FIRST);
        apply(referred);
    }

    Enrolment(RecordOutreachContact command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        OutreachContactMade contacted = RoughSleepingSteps.recordOutreachContact(command,
                StartChecks.of(command, clock, organisations, workers), clock);
        StartChecks.requireTakesOn(organisations, command, Pathway.ROUGH_SLEEPING_INITIATIVE);
        apply(contacted);
    }

    Enrolment(ReferToThriveIntoWork command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        ReferredToThriveIntoWork referred = ThriveIntoWorkSteps.refer(command,
                StartChecks.of(command, clock, organisations, workers), clock);
        StartChecks.requireTakesOn(organisations, command, Pathway.THRIVE_INTO_WORK);
        apply(referred);
    }

    /**
     * Only a caseworker of the organisation that delivers the enrolment records on it (a transfer is the
     * sender's step); checked before any step is decided.
     */
    @CommandHandlerInterceptor
    Object onlyTheProvidingOrganisation(CommandMessage<?> command, InterceptorChain chain,
                                        ProcessingRestrictions restrictions) throws Exception {
        Caller caller = Caller.of(command.getMetaData());
        if (!caller.system() && !caller.worksFor(state.providerOrganisation())) {
            throw new AccessRefusedException("This enrolment is delivered by another organisation: "
                    + "only its caseworkers can record on it");
        }
        if (restrictions.restricted(state.participantId())) {
            throw new ProcessingRestrictedException();
        }
        return chain.proceed();
    }

    /** The answer to a request handled before, if this enrolment has handled a request with this id. */
    Optional<StepResult> answerTo(String requestId) {
        return answers.answerTo(requestId, enrolmentId, trialArm());
    }

    // Housing First

    @CommandHandler
    StepResult handle(AssessHousingFirstEligibility command, Clock clock) {
        return decide(command, clock, HousingFirstSteps.assessEligibility(command, state, clock));
    }

    @CommandHandler
    StepResult handle(StartTenancy command, Clock clock) {
        return decide(command, clock, HousingFirstSteps.startTenancy(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordTenancySustainmentCheck command, Clock clock) {
        return decide(command, clock, HousingFirstSteps.recordSustainmentCheck(command, state, clock));
    }

    @CommandHandler
    StepResult handle(EndTenancy command, Clock clock) {
        return decide(command, clock, HousingFirstSteps.endTenancy(command, state, clock));
    }

    // Rough Sleeping Initiative

    @CommandHandler
    StepResult handle(PlaceInEmergencyAccommodation command, Clock clock) {
        return decide(command, clock, RoughSleepingSteps.placeInEmergencyAccommodation(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordMoveOn command, Clock clock) {
        return decide(command, clock, RoughSleepingSteps.recordMoveOn(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordReturnToRoughSleeping command, Clock clock) {
        return decide(command, clock, RoughSleepingSteps.recordReturn(command, state, clock));
    }

    // Thrive into Work

    @CommandHandler
    StepResult handle(RecordEligibilityAndConsent command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.recordEligibilityAndConsent(command, state, clock));
    }

    @CommandHandler
    StepResult handle(AllocateTrialArm command, Clock clock, TrialArmRandomiser randomiser, TrialArmRegistry arms) {
        return decide(command, clock, ThriveIntoWorkSteps.allocateTrialArm(command, state, clock, randomiser, arms));
    }

    @CommandHandler
    StepResult handle(CompleteVocationalProfile command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.completeVocationalProfile(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordEmployerContact command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.recordEmployerContact(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordJobStart command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.recordJobStart(command, state, clock));
    }

    @CommandHandler
    StepResult handle(CorrectJobStart command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.correctJobStart(command, state, clock));
    }

    @CommandHandler
    StepResult handle(RecordJobSustainmentCheck command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.recordJobSustainmentCheck(command, state, clock));
    }

    @CommandHandler
    StepResult handle(EndJob command, Clock clock) {
        return decide(command, clock, ThriveIntoWorkSteps.endJob(command, state, clock));
    }

    // Every pathway

    @CommandHandler
    StepResult handle(AssignWorker command, Clock clock, Workers workers) {
        return decide(command, clock, CommonSteps.assignWorker(command, state, clock, workers));
    }

    @CommandHandler
    StepResult handle(TransferEnrolment command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        return decide(command, clock, CommonSteps.transfer(command, state, clock, organisations, workers));
    }

    @CommandHandler
    StepResult handle(LogContact command, Clock clock) {
        return decide(command, clock, CommonSteps.logContact(command, state, clock));
    }

    @CommandHandler
    StepResult handle(CloseEnrolment command, Clock clock) {
        return decide(command, clock, CommonSteps.close(command, state, clock));
    }

    @CommandHandler
    StepResult handle(ReopenEnrolment command, Clock clock) {
        return decide(command, clock, CommonSteps.reopen(command, state, clock));
    }

    /**
     * Decides a step: a request handled before answers its first result and records nothing; then the version,
     * the fields on their own, the tenancy or job it names (it must exist), whether the step is allowed now, and
     * last the decision's {@code record}.
     */
    private StepResult decide(EnrolmentCommand command, Clock clock, Decision decision) {
        Optional<StepResult> earlier = answerTo(command.requestId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireVersion(command.expectedVersion());
        StepProblems problems = new StepProblems(LocalDate.now(clock), state.startedOn(),
                StepRules.startedOnWords(state.pathway()));
        decision.fieldRules().accept(problems);
        problems.throwIfAny();
        decision.references().run();
        state.requireAllowed(decision.step());
        String recordedId = decision.record().get();
        return new StepResult(enrolmentId, currentVersion(), recordedId, trialArm());
    }

    private static void requireVersion(Long expectedVersion) {
        long currentVersion = currentVersion();
        if (expectedVersion != null && !Objects.equals(expectedVersion, currentVersion)) {
            throw new StaleEnrolmentVersionException(expectedVersion, currentVersion);
        }
    }

    private static long currentVersion() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? -1 : version;
    }

    private TrialArm trialArm() {
        return state.thriveIntoWork().map(ThriveIntoWorkProgress::trialArm).orElse(null);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    @EventSourcingHandler
    void on(EnrolmentEvent event, @SequenceNumber long sequence) {
        if (event instanceof EnrolmentStartedEvent started) {
            enrolmentId = started.enrolmentId();
        }
        state.apply(event);
        answers.recorded(event, sequence);
    }
}
