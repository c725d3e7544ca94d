package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

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
 *   <li><b>Supported</b>: people with an enrolment in scope that was enrolled (eligibility and consent
 *   recorded) and allocated to a trial arm by the end of the period and was open at some time in it.</li>
 *   <li><b>Job start</b>: a person's first paid job of 4 or more hours a week, over all their Thrive into Work
 *   enrolments, counted once per person and only when it started in the period, on a supported enrolment in
 *   scope. A later job of the same person is never a job start, even when their first job was before the
 *   period or in another area.</li>
 *   <li><b>Job conversion rate</b>: people with a job start / people supported.</li>
 *   <li><b>Sustainment at 13 / 26 weeks</b>: of the period's job starts old enough on the day they are judged
 *   (start + N weeks on or before it), those still in work N weeks after the start (see
 *   {@link Job#sustainedFor}).</li>
 *   <li><b>Time to first employer contact</b>: days from the day the person was enrolled to the first employer
 *   contact, for the treatment arm's supported enrolments enrolled in the period (only the IPS arm has
 *   employer contacts). The median is of those with a contact by the day judged; the share within 30 days is
 *   of those either contacted within 30 days or enrolled at least 30 days before that day.</li>
 * </ul>
 */
final class ThriveIntoWorkMeasures {

    static final int WITHIN_DAYS = 30;

    private final ReportScope scope;
    private final List<OutcomeRow> supported;
    private final Map<String, JobStart> jobStarts;

    /** @param enrolments every Thrive into Work enrolment known (not only those in scope: first jobs span them all) */
    ThriveIntoWorkMeasures(Collection<OutcomeRow> enrolments, ReportScope scope) {
        this.scope = scope;
        this.supported = enrolments.stream()
                .filter(scope::covers)
                .filter(enrolment -> enrolment.thriveIntoWork().enrolledAndAllocatedBy(scope.to()))
                .filter(scope::openInPeriod)
                .toList();
        Set<String> supportedIds = supported.stream().map(OutcomeRow::enrolmentId).collect(Collectors.toSet());
        this.jobStarts = new LinkedHashMap<>();
        firstJobs(enrolments).forEach((participantId, start) -> {
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

    Proportion sustainedFor(int weeks) {
        List<Job> oldEnough = jobStarts.values().stream()
                .map(JobStart::job)
                .filter(job -> job.oldEnoughFor(weeks, scope.judgedOn()))
                .toList();
        return new Proportion(oldEnough.stream().filter(job -> job.sustainedFor(weeks)).count(), oldEnough.size());
    }

    /** Days from enrolment to the first employer contact, of the treatment arm's enrolments enrolled in the period. */
    List<Long> daysToFirstEmployerContact() {
        return enrolledInPeriodInTreatment().stream()
                .map(OutcomeRow::thriveIntoWork)
                .filter(facts -> facts.firstEmployerContact() != null
                        && !facts.firstEmployerContact().on().isAfter(scope.judgedOn()))
                .map(facts -> ChronoUnit.DAYS.between(facts.enrolledOn(), facts.firstEmployerContact().on()))
                .sorted()
                .toList();
    }

    Proportion firstEmployerContactWithin30Days() {
        long within = 0;
        long base = 0;
        for (OutcomeRow enrolment : enrolledInPeriodInTreatment()) {
            ThriveIntoWorkFacts facts = enrolment.thriveIntoWork();
            LocalDate deadline = facts.enrolledOn().plusDays(WITHIN_DAYS);
            EmployerContact contact = facts.firstEmployerContact();
            boolean contactedInTime = contact != null && !contact.on().isAfter(deadline)
                    && !contact.on().isAfter(scope.judgedOn());
            if (contactedInTime) {
                within++;
                base++;
            } else if (!deadline.isAfter(scope.judgedOn())) {
                base++;
            }
        }
        return new Proportion(within, base);
    }

    private List<OutcomeRow> enrolledInPeriodInTreatment() {
        return supported.stream()
                .filter(enrolment -> enrolment.thriveIntoWork().arm() == TrialArm.TREATMENT)
                .filter(enrolment -> scope.inPeriod(enrolment.thriveIntoWork().enrolledOn()))
                .toList();
    }
}
