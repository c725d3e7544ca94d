package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An enrolment as the read model knows it: its current state, what is running (and every job recorded, ended
 * ones too, in {@code allJobs}), what is due (soonest first,
 * including items not yet due) and which steps it allows now. {@code version} is the sequence number of its
 * last event: send it back as {@code expectedVersion} to be told when someone else changed it meanwhile.
 */
public record EnrolmentSummary(String enrolmentId,
                               String participantId,
                               String participantName,
                               Pathway pathway,
                               Stage stage,
                               String providerOrganisation,
                               LocalAuthority localAuthority,
                               FundingStream fundingStream,
                               String assignedWorker,
                               LocalDate startedOn,
                               LocalDate lastContactOn,
                               LocalDate enrolledOn,
                               TrialArm trialArm,
                               LocalDate closedOn,
                               ExitReason exitReason,
                               CurrentTenancy currentTenancy,
                               List<CurrentJob> currentJobs,
                               List<RecordedJob> allJobs,
                               List<DueItem> dueItems,
                               Set<Step> allowedSteps,
                               long version) {

    /** The running Housing First tenancy and its sustainment checks not recorded yet (months after start). */
    public record CurrentTenancy(String tenancyId, String property, LocalDate startedOn,
                                 List<Integer> outstandingCheckMonths) {
    }

    /** A job being held and its sustainment checks not recorded yet (weeks after start). */
    public record CurrentJob(String jobId, String description, LocalDate startedOn,
                             List<Integer> outstandingCheckWeeks) {
    }

    /**
     * A job recorded on the enrolment, running or ended ({@code endedOn} null while it runs), with its hours a
     * week and hourly pay as last recorded (null when not known).
     */
    public record RecordedJob(String jobId, String description, LocalDate startedOn, LocalDate endedOn,
                              BigDecimal hoursPerWeek, BigDecimal hourlyPay) {
    }

    public static EnrolmentSummary of(EnrolmentState state, String participantName, long version) {
        CurrentTenancy tenancy = state.housingFirst().flatMap(HousingFirstProgress::currentTenancy)
                .map(t -> new CurrentTenancy(t.id(), t.property(), t.startedOn(), t.outstandingChecks()))
                .orElse(null);
        Optional<ThriveIntoWorkProgress> work = state.thriveIntoWork();
        List<CurrentJob> jobs = work.map(ThriveIntoWorkProgress::currentJobs).orElse(List.of()).stream()
                .map(j -> new CurrentJob(j.id(), j.description(), j.startedOn(), j.outstandingChecks()))
                .toList();
        List<RecordedJob> allJobs = work.map(ThriveIntoWorkProgress::jobs).orElse(List.of()).stream()
                .map(j -> new RecordedJob(j.id(), j.description(), j.startedOn(), j.endedOn(), j.hoursPerWeek(),
                        j.hourlyPay()))
                .toList();
        return new EnrolmentSummary(state.enrolmentId(), state.participantId(), participantName, state.pathway(),
                state.stage(), state.providerOrganisation(), state.localAuthority(), state.fundingStream(),
                state.assignedWorker(), state.startedOn(), state.lastContactOn(),
                work.map(ThriveIntoWorkProgress::enrolledOn).orElse(null),
                work.map(ThriveIntoWorkProgress::trialArm).orElse(null), state.closedOn(), state.exitReason(),
                tenancy, jobs, allJobs, state.dueItems(), state.allowedSteps(), version);
    }

    /** The soonest due item, or null. */
    public DueItem nextDue() {
        return dueItems == null || dueItems.isEmpty() ? null : dueItems.get(0);
    }

    public boolean isActive() {
        return stage != Stage.CLOSED;
    }
}
