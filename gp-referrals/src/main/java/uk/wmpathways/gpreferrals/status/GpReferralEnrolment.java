package uk.wmpathways.gpreferrals.status;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The facts of a GP referral's Thrive into Work enrolment that its {@link Milestones} are made of, kept by
 * enrolment id: the enrolment may be started (and worked on) before its {@code GpReferralAccepted} is seen, so the
 * facts wait here for the referral to follow them. Dates only, never what happened (no employer, no note).
 *
 * @param referralId the referral accepted into this enrolment (null until its acceptance is seen)
 * @param jobs       each job recorded: its start date, whether it counts as a job start (4 hours a week or more)
 *                   and the day it was confirmed held at 13 weeks
 */
record GpReferralEnrolment(@Id String enrolmentId, String referralId, Instant activityAt, LocalDate seenOn,
                           List<TrackedJob> jobs, LocalDate closedOn, TrialArm trialArm) {

    /** The IPS convention: a job start is a paid job of at least 4 hours a week. */
    static final BigDecimal JOB_START_HOURS = BigDecimal.valueOf(4);
    static final int SUSTAINMENT_WEEKS = 13;

    record TrackedJob(String jobId, LocalDate startedOn, boolean countsAsStart, LocalDate inWorkAt13WeeksOn) {
    }

    GpReferralEnrolment {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    static GpReferralEnrolment started(String enrolmentId) {
        return new GpReferralEnrolment(enrolmentId, null, null, null, List.of(), null, null);
    }

    GpReferralEnrolment acceptedAs(String referralId) {
        return new GpReferralEnrolment(enrolmentId, referralId, activityAt, seenOn, jobs, closedOn, trialArm);
    }

    /** The service worked with the person at {@code at} (the first time makes the Task "in-progress"). */
    GpReferralEnrolment workedWith(Instant at) {
        return new GpReferralEnrolment(enrolmentId, referralId, earlier(activityAt, at), seenOn, jobs, closedOn,
                trialArm);
    }

    GpReferralEnrolment seen(LocalDate on, Instant at) {
        return workedWith(at).withSeenOn(earlier(seenOn, on));
    }

    GpReferralEnrolment allocated(TrialArm arm, Instant at) {
        return new GpReferralEnrolment(enrolmentId, referralId, earlier(activityAt, at), seenOn, jobs, closedOn,
                arm);
    }

    GpReferralEnrolment jobStarted(String jobId, LocalDate startedOn, BigDecimal hoursPerWeek, Instant at) {
        TrackedJob earlier = job(jobId);
        TrackedJob job = new TrackedJob(jobId, startedOn, countsAsStart(hoursPerWeek),
                earlier == null ? null : earlier.inWorkAt13WeeksOn());
        return workedWith(at).withJob(job);
    }

    GpReferralEnrolment jobChecked(String jobId, int weeksAfterStart, LocalDate checkedOn, Instant at) {
        GpReferralEnrolment worked = workedWith(at);
        TrackedJob job = job(jobId);
        if (weeksAfterStart != SUSTAINMENT_WEEKS || job == null) {
            return worked;
        }
        return worked.withJob(new TrackedJob(jobId, job.startedOn(), job.countsAsStart(),
                earlier(job.inWorkAt13WeeksOn(), checkedOn)));
    }

    GpReferralEnrolment closed(LocalDate on) {
        return new GpReferralEnrolment(enrolmentId, referralId, activityAt, seenOn, jobs, on, trialArm);
    }

    GpReferralEnrolment reopened() {
        return closed(null);
    }

    Milestones milestones() {
        return new Milestones(activityAt, seenOn,
                earliest(jobs.stream().filter(TrackedJob::countsAsStart).map(TrackedJob::startedOn)),
                earliest(jobs.stream().map(TrackedJob::inWorkAt13WeeksOn)), closedOn);
    }

    private TrackedJob job(String jobId) {
        return jobs.stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElse(null);
    }

    private GpReferralEnrolment withJob(TrackedJob job) {
        List<TrackedJob> updated = new ArrayList<>(jobs.stream()
                .filter(other -> !other.jobId().equals(job.jobId())).toList());
        updated.add(job);
        return new GpReferralEnrolment(enrolmentId, referralId, activityAt, seenOn, updated, closedOn, trialArm);
    }

    private GpReferralEnrolment withSeenOn(LocalDate on) {
        return new GpReferralEnrolment(enrolmentId, referralId, activityAt, on, jobs, closedOn, trialArm);
    }

    private static boolean countsAsStart(BigDecimal hoursPerWeek) {
        return hoursPerWeek != null && hoursPerWeek.compareTo(JOB_START_HOURS) >= 0;
    }

    private static LocalDate earliest(Stream<LocalDate> dates) {
        return dates.filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static <T extends Comparable<? super T>> T earlier(T current, T candidate) {
        return current == null || (candidate != null && candidate.compareTo(current) < 0) ? candidate : current;
    }
}
