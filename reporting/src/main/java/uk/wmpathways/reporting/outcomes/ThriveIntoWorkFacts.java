package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A Thrive into Work enrolment's outcome facts: the day eligibility and consent were recorded
 * ({@code enrolledOn}; null until then — see {@link #enrolledOnFor} for the day the reports count as enrolled),
 * the trial arm and the day it was allocated (none outside the trial), the first employer contact of any kind
 * (with whether it was face to face), the day of the first <em>face-to-face</em> employer contact (the IPS
 * fidelity contact, as the due list counts it) and the jobs.
 * <p>
 * Rows stored before {@code firstFaceToFaceEmployerContactOn} was kept read it as missing (null). Where the
 * first contact of any kind was face to face, it is also the first face-to-face one and the day is taken from
 * it. Otherwise it is not known whether a later contact was face to face, and the row reads as having no
 * face-to-face contact known (never as one made on the day of a phone call) until the {@code outcomes}
 * projection is rebuilt from the events, which fills it.
 */
record ThriveIntoWorkFacts(LocalDate enrolledOn, TrialArm arm, LocalDate allocatedOn,
                           EmployerContact firstEmployerContact, LocalDate firstFaceToFaceEmployerContactOn,
                           List<Job> jobs) {

    static final ThriveIntoWorkFacts REFERRED = new ThriveIntoWorkFacts(null, null, null, null, null, List.of());

    ThriveIntoWorkFacts {
        if (firstFaceToFaceEmployerContactOn == null && firstEmployerContact != null
                && firstEmployerContact.faceToFace()) {
            firstFaceToFaceEmployerContactOn = firstEmployerContact.on();
        }
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    ThriveIntoWorkFacts enrolledOn(LocalDate day) {
        return new ThriveIntoWorkFacts(day, arm, allocatedOn, firstEmployerContact, firstFaceToFaceEmployerContactOn,
                jobs);
    }

    ThriveIntoWorkFacts allocated(TrialArm arm, LocalDate day) {
        return new ThriveIntoWorkFacts(enrolledOn, arm, day, firstEmployerContact, firstFaceToFaceEmployerContactOn,
                jobs);
    }

    ThriveIntoWorkFacts employerContacted(EmployerContact contact) {
        EmployerContact first = firstEmployerContact == null ? contact : firstEmployerContact.earlierOf(contact);
        LocalDate firstFaceToFace = firstFaceToFaceEmployerContactOn;
        if (contact.faceToFace() && (firstFaceToFace == null || contact.on().isBefore(firstFaceToFace))) {
            firstFaceToFace = contact.on();
        }
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, first, firstFaceToFace, jobs);
    }

    ThriveIntoWorkFacts jobStarted(String jobId, LocalDate day, BigDecimal hoursPerWeek) {
        List<Job> all = new ArrayList<>(jobs);
        all.add(new Job(jobId, day, null, hoursPerWeek, List.of()));
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, firstEmployerContact,
                firstFaceToFaceEmployerContactOn, List.copyOf(all));
    }

    ThriveIntoWorkFacts job(String jobId, UnaryOperator<Job> change) {
        return new ThriveIntoWorkFacts(enrolledOn, arm, allocatedOn, firstEmployerContact,
                firstFaceToFaceEmployerContactOn, jobs.stream()
                .map(job -> job.id().equals(jobId) ? change.apply(job) : job)
                .toList());
    }

    /**
     * The day the enrolment counts as enrolled (domain.md, "Thrive into Work, enrolled on"): funded by the trial
     * (RCT) stream, the day the trial arm was allocated (the trial counted randomised participants), and only
     * once eligibility and consent were recorded too; outside the trial, where nobody is randomised, the day
     * eligibility and consent were recorded. Null while not enrolled.
     */
    LocalDate enrolledOnFor(FundingStream stream) {
        if (enrolledOn == null) {
            return null;
        }
        return stream == FundingStream.THRIVE_INTO_WORK_TRIAL ? allocatedOn : enrolledOn;
    }

    /** Enrolled (see {@link #enrolledOnFor}) by {@code day}. */
    boolean enrolledBy(FundingStream stream, LocalDate day) {
        LocalDate enrolled = enrolledOnFor(stream);
        return enrolled != null && !enrolled.isAfter(day);
    }

    /**
     * IPS support: the treatment arm of the trial, or any enrolment outside the trial (all of which have IPS), as
     * the enrolment itself decides ({@code ThriveIntoWorkProgress.receivesIps}). Outside the trial an arm means
     * nothing, also the control arm an expansion enrolment was allocated before that rule was kept
     * ({@link Dimensions#trialArmOf}).
     */
    boolean receivesIps(FundingStream stream) {
        return stream != FundingStream.THRIVE_INTO_WORK_TRIAL || arm == TrialArm.TREATMENT;
    }
}
