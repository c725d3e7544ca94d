package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static uk.wmpathways.caseservice.api.enrolment.StepRules.NO_CONTACT_AFTER_DAYS;

/**
 * What an enrolment's events add up to: the life every enrolment shares (who, where, funded by what, the worker,
 * contacts, closure and re-opening) and, in {@link #progress()}, how far it has got in its own pathway. A pure
 * fold of the events ({@link #apply}), used by the enrolment aggregate to decide and by the read side to offer
 * only the steps that are allowed, so that the two never disagree.
 * <p>
 * Kept with plain fields so that it serialises as it is (snapshots, read models).
 */
public final class EnrolmentState {

    private static final EventCases<EnrolmentState, EnrolmentState> COMMON =
            EventCases.<EnrolmentState, EnrolmentState>of()
                    .on(ReferredToHousingFirst.class, (state, e) ->
                            state.started(e, e.referredOn(), HousingFirstProgress.referred()))
                    .on(OutreachContactMade.class, (state, e) -> {
                        state.lastContactOn = e.contactedOn();
                        return state.started(e, e.contactedOn(), RoughSleepingProgress.contacted());
                    })
                    .on(ReferredToThriveIntoWork.class, (state, e) ->
                            state.started(e, e.referredOn(), ThriveIntoWorkProgress.referred(e.fundingStream())))
                    .on(WorkerAssigned.class, (state, e) -> {
                        state.assignedWorker = e.worker();
                        return state;
                    })
                    .on(EnrolmentTransferred.class, (state, e) -> {
                        state.providerOrganisation = e.toOrganisation();
                        state.assignedWorker = e.worker();
                        return state;
                    })
                    .on(ContactLogged.class, (state, e) -> {
                        if (e.type() != ContactType.ATTEMPTED) {
                            state.seen(e.contactedOn());
                        }
                        return state;
                    })
                    .on(EnrolmentClosed.class, (state, e) -> {
                        state.closedOn = e.closedOn();
                        state.exitReason = e.reason();
                        return state;
                    })
                    .on(EnrolmentReopened.class, (state, e) -> {
                        state.closedOn = null;
                        state.exitReason = null;
                        // The clock for "no contact" restarts when the enrolment is picked up again.
                        state.seen(e.reopenedOn());
                        return state;
                    });

    private String enrolmentId;
    private String participantId;
    private Pathway pathway;
    private LocalDate startedOn;
    private String providerOrganisation;
    private LocalAuthority localAuthority;
    private FundingStream fundingStream;
    private String assignedWorker;
    private LocalDate lastContactOn;
    private LocalDate closedOn;
    private ExitReason exitReason;
    private PathwayProgress progress;

    public EnrolmentState() {
    }

    /** Folds one more event in. Events of other enrolments must not be given. */
    public EnrolmentState apply(EnrolmentEvent event) {
        if (COMMON.knows(event.getClass())) {
            return COMMON.apply(this, event).orElseThrow();
        }
        if (progress != null) {
            progress = current().apply(event);
        }
        return this;
    }

    /**
     * The progress, with the funding stream filled in where a Thrive into Work progress stored before it was kept
     * there has none (whether the enrolment is in the trial decides its steps).
     */
    private PathwayProgress current() {
        if (progress instanceof ThriveIntoWorkProgress work && work.fundingStream() == null && fundingStream != null) {
            progress = work.fundedBy(fundingStream);
        }
        return progress;
    }

    /** The events the common part folds in (the starts and the steps of every pathway). */
    public static Set<Class<? extends EnrolmentEvent>> commonEvents() {
        return COMMON.taught();
    }

    private EnrolmentState started(EnrolmentStartedEvent started, LocalDate on, PathwayProgress pathwayProgress) {
        enrolmentId = started.enrolmentId();
        participantId = started.participantId();
        providerOrganisation = started.providerOrganisation();
        localAuthority = started.localAuthority();
        fundingStream = started.fundingStream();
        pathway = started.fundingStream().pathway();
        assignedWorker = started.assignedWorker();
        startedOn = on;
        progress = pathwayProgress;
        return this;
    }

    private void seen(LocalDate on) {
        if (lastContactOn == null || on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /** The steps the enrolment allows now, in {@link Step} order. */
    public Set<Step> allowedSteps() {
        Set<Step> allowed = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (whyNot(step).isEmpty()) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    /**
     * Throws {@link StepNotAllowedException} with the reason when the step is not allowed now
     * ({@link StepNeverAllowedException} when this enrolment can never take it).
     */
    public void requireAllowed(Step step) {
        whyNot(step).ifPresent(reason -> {
            if (step.appliesTo(pathway) && progress != null && current().neverAllowed(step)) {
                throw new StepNeverAllowedException(step, reason);
            }
            throw new StepNotAllowedException(step, reason);
        });
    }

    /** Why the step is not allowed now, in words a caseworker can act on; empty when it is allowed. */
    public Optional<String> whyNot(Step step) {
        if (!step.appliesTo(pathway)) {
            return Optional.of("\"" + step.label() + "\" belongs to " + step.pathway().label()
                    + "; this is a " + pathway.label() + " enrolment");
        }
        if (step == Step.REOPEN) {
            return isClosed() ? Optional.empty() : Optional.of("Only a closed enrolment can be re-opened");
        }
        if (isClosed()) {
            return Optional.of("This enrolment is closed; re-open it to record anything new");
        }
        return step.pathway() == null ? Optional.empty() : current().whyNot(step);
    }

    /** Everything due on this enrolment, soonest first; nothing when it is closed. */
    public List<DueItem> dueItems() {
        List<DueItem> due = new ArrayList<>();
        if (isClosed() || progress == null) {
            return due;
        }
        due.addAll(current().due());
        LocalDate lastSeen = lastContactOn != null && lastContactOn.isAfter(startedOn) ? lastContactOn : startedOn;
        due.add(new DueItem(DueItem.Kind.NO_CONTACT, lastSeen.plusDays(NO_CONTACT_AFTER_DAYS), null, Step.LOG_CONTACT,
                "Contact (none for " + NO_CONTACT_AFTER_DAYS + " days)"));
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return due;
    }

    public Stage stage() {
        if (isClosed()) {
            return Stage.CLOSED;
        }
        return progress == null ? null : current().stage();
    }

    /** How far the enrolment has got in its pathway; null before its first event. */
    public PathwayProgress progress() {
        return current();
    }

    public Optional<HousingFirstProgress> housingFirst() {
        return progress instanceof HousingFirstProgress housingFirst ? Optional.of(housingFirst) : Optional.empty();
    }

    public Optional<RoughSleepingProgress> roughSleeping() {
        return progress instanceof RoughSleepingProgress roughSleeping ? Optional.of(roughSleeping) : Optional.empty();
    }

    public Optional<ThriveIntoWorkProgress> thriveIntoWork() {
        return current() instanceof ThriveIntoWorkProgress thriveIntoWork
                ? Optional.of(thriveIntoWork) : Optional.empty();
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String participantId() {
        return participantId;
    }

    public Pathway pathway() {
        return pathway;
    }

    /** The referral date (HF, TiW) or the date outreach first made contact (RSI). */
    public LocalDate startedOn() {
        return startedOn;
    }

    public String providerOrganisation() {
        return providerOrganisation;
    }

    public LocalAuthority localAuthority() {
        return localAuthority;
    }

    public FundingStream fundingStream() {
        return fundingStream;
    }

    public String assignedWorker() {
        return assignedWorker;
    }

    /** The last contact that reached the person (attempts do not count), or null. */
    public LocalDate lastContactOn() {
        return lastContactOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public ExitReason exitReason() {
        return exitReason;
    }
}
