package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A Thrive into Work enrolment's outcome facts: the day the person was enrolled (eligibility and consent
 * recorded; null until then), the trial arm and the day it was allocated, the first employer contact and the
 * jobs.
 */
record ThriveIntoWorkFacts(LocalDate enrolledOn, TrialArm arm, LocalDate allocatedOn,
                           EmployerContact firstEmployerContact, List<Job> jobs) {

    static final ThriveIntoWorkFacts REFERRED = new ThriveIntoWorkFacts(null, null, null, null, List.of());

    ThriveIntoWorkFacts enrolledOn(LocalDate day) {
        return new ThriveIntoWorkFacts(day, arm, allocatedOn, firstEmployerContact, jobs);
    }

    ThriveIntoWorkFacts allocated(TrialArm arm, LocalDate day) {
        return new ThriveIntoWorkFacts(enrolledOn, arm, day, firstEmployerContact, jobs);
    }

    ThriveIntoWorkFacts employerContacted(EmployerContact contact) {
        EmployerContact first = firstEmployerContact == null ? contact : firstEmployerContact.earlierOf(contact);
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, first, jobs);
    }

    ThriveIntoWorkFacts jobStarted(String jobId, LocalDate day, BigDecimal hoursPerWeek) {
        List<Job> all = new ArrayList<>(jobs);
        all.add(new Job(jobId, day, null, hoursPerWeek, List.of()));
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, firstEmployerContact, List.copyOf(all));
    }

    ThriveIntoWorkFacts job(String jobId, UnaryOperator<Job> change) {
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, firstEmployerContact, jobs.stream()
                .map(job -> job.id().equals(jobId) ? change.apply(job) : job)
                .toList());
    }

    /** Enrolled and allocated to a trial arm, both by {@code day}. */
    boolean enrolledAndAllocatedBy(LocalDate day) {
        return enrolledOn != null && !enrolledOn.isAfter(day) && allocatedOn != null && !allocatedOn.isAfter(day);
    }
}
