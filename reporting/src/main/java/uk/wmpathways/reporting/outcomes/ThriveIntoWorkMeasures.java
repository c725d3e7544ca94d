package uk.wmpathways.reporting.outcomes;


import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Thrive into Work measures of domain.md over the enrolments known as at the report's day.
 * <ul>
 *   <li><b>Enrolled on</b> (domain.md): for a trial-funded enrolment the day its arm was allocated; outside
 *   the trial (no arm: everyone has IPS) the day eligibility and consent were recorded
 *   ({@link ThriveIntoWorkFacts#enrolledOnFor}).</li>
 *   <li><b>Supported</b>: people with an enrolment in scope enrolled on or before the period's last day and
 *   open at some time in it.</li>
 *   <li><b>Job start</b>: a person's first paid job of 4 or more hours a week, over all their Thrive into Work
 *   enrolments, counted once per person and only when it started in the period, on a supported enrolment in
 *   scope. A later job of the same person is never a job start, even when their first job was before the
 *   period or in another area.</li>
 *   <li><b>Job conversion rate</b>: people with a job start / people supported.</li>
 *   <li><b>Sustainment at 13 / 26 weeks</b>: of the period's job starts old enough on the day they are judged
 *   (start + N weeks on or before it), the sustained over the sustained and not sustained, with those awaiting
 *   a check counted apart (see {@link Job#sustainmentAt}).</li>
 *   <li><b>Time to first employer contact</b> (IPS fidelity, the due list's rule): days from enrolled on to the
 *   first <em>face-to-face</em> employer contact (a phone call or an email does not count), for the supported
 *   enrolments with IPS (the trial's treatment arm, and every enrolment outside the trial) enrolled in the
 *   period. The median is of those with such a contact by the day judged; the share within 30 days is of those
 *   either contacted face to face within 30 days or enrolled at least 30 days before that day.</li>
 * </ul>
 */
final class ThriveIntoWorkMeasures {

    static final int WITHIN_DAYS = 30;

    private final ReportScope scope;
    private final List<OutcomeRow> supported;
    private final Map<String, JobStart> jobStarts;

    /** @param enrolments every Thrive into Work enrolment known (not only those in scope: first jobs span them all) */
    ThriveIntoWorkMeasures(Collection<OutcomeRow> enrolments, ReportScope scope) {
        this(enrolments, firstJobs(enrolments), scope);
    }

    /**
     * @param firstJobs {@link #firstJobs} of {@code enrolments}, when a report judges the same enrolments in more
     *                  than one scope (they do not depend on it)
     */
    ThriveIntoWorkMeasures(Collection<OutcomeRow> enrolments, Map<String, JobStart> firstJobs, ReportScope scope) {
        this.scope = scope;
        this.supported = enrolments.stream()
                .filter(scope::covers)
                .filter(enrolment -> enrolment.thriveIntoWork().enrolledBy(enrolment.fundingStream(), scope.to()))
                .filter(scope::openInPeriod)
                .toList();
        Set<String> supportedIds = supported.stream().map(OutcomeRow::enrolmentId).collect(Collectors.toSet());
        this.jobStarts = new LinkedHashMap<>();
        firstJobs.forEach((participantId, start) -> {
            if (supportedIds.contains(start.enrolment().enrolmentId()) && scope.inPeriod(start.job().startedOn())) {
                jobStarts.put(participantId, start);
            }
        });
    }

    /** Each person's first job of 4 or more hours a week, whenever and wherever it was. */
    static Map<String, JobStart> firstJobs(Collection<OutcomeRow> enrolments) {
        Comparator<JobStart> earliest = Comparator.comparing((JobStart start) -> start.job().startedOn())
                .thenComparing(start -> start.enrolment().enrolmentId())
                .thenComparing(start -> start.job().id());
        return enrolments.stream()
                .flatMap(enrolment -> enrolment.thriveIntoWork().jobs().stream()
                        .filter(Job::countsAsJobStart)
                        .map(job -> new JobStart(enrolment, job)))
                .collect(Collectors.toMap(start -> start.enrolment().participantId(), start -> start,
                        (one, other) -> earliest.compare(one, other) <= 0 ? one : other, LinkedHashMap::new));
    }

    List<OutcomeRow> supportedEnrolments() {
        return supported;
    }

    Collection<JobStart> jobStarts() {
        return jobStarts.values();
    }

    long supportedPeople() {
        return HeadlineRate.people(supported);
    }

    long jobStartCount() {
        return jobStarts.size();
    }

    /** Job conversion: people with a job start of the people supported. */
    HeadlineRate conversion() {
        return new HeadlineRate("Job conversion rate", supported,
                jobStarts.values().stream().map(JobStart::enrolment).toList());
    }

    /**
     * Job sustainment at {@code weeks}: of the period's job starts whose checkpoint is on or before the day
     * judged, the sustained over the sustained and not sustained; those awaiting a check are counted apart
     * ({@link #awaitingCheckAt}) and are in neither.
     */
    Proportion sustainedFor(int weeks) {
        Map<Job.Sustainment, Long> known = sustainmentOfJobsAt(weeks);
        long sustained = known.getOrDefault(Job.Sustainment.SUSTAINED, 0L);
        return new Proportion(sustained, sustained + known.getOrDefault(Job.Sustainment.NOT_SUSTAINED, 0L));
    }

    /** The period's job starts past their {@code weeks} checkpoint with neither a check nor an end recorded. */
    long awaitingCheckAt(int weeks) {
        return sustainmentOfJobsAt(weeks).getOrDefault(Job.Sustainment.AWAITING_CHECK, 0L);
    }

    private Map<Job.Sustainment, Long> sustainmentOfJobsAt(int weeks) {
        return jobStarts.values().stream()
                .map(JobStart::job)
                .filter(job -> job.oldEnoughFor(weeks, scope.judgedOn()))
                .collect(Collectors.groupingBy(job -> job.sustainmentAt(weeks), Collectors.counting()));
    }

    /**
     * Days from enrolled on to the first face-to-face employer contact, of the IPS enrolments enrolled in the
     * period that had one by the day judged.
     */
    List<Long> daysToFirstEmployerContact() {
        return enrolledInPeriodWithIps().stream()
                .filter(enrolment -> firstFaceToFaceContactKnownBy(enrolment, scope.judgedOn()) != null)
                .map(enrolment -> ChronoUnit.DAYS.between(enrolledOn(enrolment),
                        firstFaceToFaceContactKnownBy(enrolment, scope.judgedOn())))
                .sorted()
                .toList();
    }

    /**
     * Of the IPS enrolments enrolled in the period whose 30 days have passed by the day judged (or that were
     * contacted face to face sooner), those contacted face to face within 30 days of enrolled on.
     */
    Proportion firstEmployerContactWithin30Days() {
        long within = 0;
        long base = 0;
        for (OutcomeRow enrolment : enrolledInPeriodWithIps()) {
            LocalDate deadline = enrolledOn(enrolment).plusDays(WITHIN_DAYS);
            LocalDate contactedOn = firstFaceToFaceContactKnownBy(enrolment, scope.judgedOn());
            if (contactedOn != null && !contactedOn.isAfter(deadline)) {
                within++;
                base++;
            } else if (!deadline.isAfter(scope.judgedOn())) {
                base++;
            }
        }
        return new Proportion(within, base);
    }

    private static LocalDate enrolledOn(OutcomeRow enrolment) {
        return enrolment.thriveIntoWork().enrolledOnFor(enrolment.fundingStream());
    }

    /** The first face-to-face employer contact's day, if it is on or before {@code day}; else null. */
    private static LocalDate firstFaceToFaceContactKnownBy(OutcomeRow enrolment, LocalDate day) {
        LocalDate contactedOn = enrolment.thriveIntoWork().firstFaceToFaceEmployerContactOn();
        return contactedOn != null && !contactedOn.isAfter(day) ? contactedOn : null;
    }

    private List<OutcomeRow> enrolledInPeriodWithIps() {
        return supported.stream()
                .filter(enrolment -> enrolment.thriveIntoWork().receivesIps(enrolment.fundingStream()))
                .filter(enrolment -> scope.inPeriod(enrolledOn(enrolment)))
                .toList();
    }
}
