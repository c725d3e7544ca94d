package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Enrolment events with only what a test of the state cares about; the rest is filled in. */
final class Events {

    static final String ENROLMENT = "e1";
    private static final Instant AT = Instant.parse("2025-06-01T10:00:00Z");

    private Events() {
    }

    static EnrolmentState state(EnrolmentEvent... events) {
        EnrolmentState state = new EnrolmentState();
        for (EnrolmentEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    static ReferredToHousingFirst referredToHousingFirst(LocalDate on) {
        return new ReferredToHousingFirst(ENROLMENT, "p1", "HOMES", LocalAuthority.DUDLEY,
                FundingStream.HOUSING_FIRST_PILOT, "casey", HousingFirstReferralSource.HOSTEL, on, null, "u", AT);
    }

    static OutreachContactMade outreachContact(LocalDate on) {
        return new OutreachContactMade(ENROLMENT, "p1", "STREET", LocalAuthority.WOLVERHAMPTON,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, "casey", on, "Bus station", true, null, "u", AT);
    }

    static ReferredToThriveIntoWork referredToThriveIntoWork(LocalDate on) {
        return new ReferredToThriveIntoWork(ENROLMENT, "p1", "WORK-WELL", LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_TRIAL, "casey", ThriveIntoWorkReferralSource.GP, null, on, null, "u",
                AT);
    }

    static HousingFirstEligibilityAssessed eligibilityAssessed(boolean accepted, LocalDate on) {
        return new HousingFirstEligibilityAssessed(ENROLMENT, accepted,
                accepted ? null : DeclineReason.OUT_OF_AREA, on, null, "u", AT);
    }

    static TenancyStarted tenancyStarted(String tenancyId, LocalDate on) {
        return new TenancyStarted(ENROLMENT, tenancyId, "4 Elm Road", LandlordType.SOCIAL, on, null, "u", AT);
    }

    static TenancySustainmentChecked tenancyChecked(String tenancyId, int monthsAfterStart, LocalDate on) {
        return new TenancySustainmentChecked(ENROLMENT, tenancyId, monthsAfterStart, on, null, "u", AT);
    }

    static TenancyEnded tenancyEnded(String tenancyId, LocalDate on) {
        return new TenancyEnded(ENROLMENT, tenancyId, TenancyEndReason.PLANNED_MOVE_ON, on, null, "u", AT);
    }

    static EmergencyAccommodationPlaced placed(LocalDate on) {
        return new EmergencyAccommodationPlaced(ENROLMENT, "pl-" + on, EmergencyAccommodationType.HUB, "The Hub",
                on, null, "u", AT);
    }

    static MovedOn movedOn(LocalDate on) {
        return new MovedOn(ENROLMENT, MoveOnKind.SETTLED_ACCOMMODATION, "Flat", true, on, null, "u", AT);
    }

    static ReturnedToRoughSleeping returnedToRoughSleeping(LocalDate on) {
        return new ReturnedToRoughSleeping(ENROLMENT, on, "Park", null, "u", AT);
    }

    static EligibilityAndConsentRecorded eligibilityAndConsent(boolean eligible, boolean consentGiven, LocalDate on) {
        return new EligibilityAndConsentRecorded(ENROLMENT, eligible, consentGiven, on, null, "u", AT);
    }

    static TrialArmAllocated allocated(TrialArm arm, LocalDate on) {
        return new TrialArmAllocated(ENROLMENT, arm, arm == TrialArm.TREATMENT ? 10 : 90, 100, 50, on, null, "u",
                AT);
    }

    static VocationalProfileCompleted profileCompleted(LocalDate on) {
        return new VocationalProfileCompleted(ENROLMENT, on, null, "u", AT);
    }

    static EmployerContactMade employerContact(boolean faceToFace, LocalDate on) {
        return new EmployerContactMade(ENROLMENT, "ec-" + on, "Café Rouge", faceToFace, on, null, "u", AT);
    }

    static JobStarted jobStarted(String jobId, LocalDate on) {
        return new JobStarted(ENROLMENT, jobId, "Café Rouge", "Cook", JobSector.HOSPITALITY, BigDecimal.valueOf(16),
                new BigDecimal("12.60"), on, null, "u", AT);
    }

    static JobStartCorrected jobStartCorrected(String jobId, LocalDate startedOn) {
        return new JobStartCorrected(ENROLMENT, jobId, startedOn, BigDecimal.valueOf(20), new BigDecimal("13.00"),
                "Wrong date", null, "u", AT);
    }

    static JobSustainmentChecked jobChecked(String jobId, int weeksAfterStart, LocalDate on) {
        return new JobSustainmentChecked(ENROLMENT, jobId, weeksAfterStart, on, null, "u", AT);
    }

    static JobEnded jobEnded(String jobId, LocalDate on) {
        return new JobEnded(ENROLMENT, jobId, JobEndReason.END_OF_CONTRACT, on, null, "u", AT);
    }

    static WorkerAssigned workerAssigned(String worker, String previousWorker, LocalDate on) {
        return new WorkerAssigned(ENROLMENT, worker, previousWorker, on, null, "u", AT);
    }

    static EnrolmentTransferred transferred(String from, String to, String worker, LocalDate on) {
        return new EnrolmentTransferred(ENROLMENT, from, to, worker, "Moved area", on, null, "u", AT);
    }

    static ContactLogged contact(ContactType type, LocalDate on) {
        return new ContactLogged(ENROLMENT, "c-" + on, type, 30, null, on, null, "u", AT);
    }

    static EnrolmentClosed closed(LocalDate on) {
        return new EnrolmentClosed(ENROLMENT, ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, on, null, "u", AT);
    }

    static EnrolmentReopened reopened(LocalDate on) {
        return new EnrolmentReopened(ENROLMENT, "Back in touch", on, null, "u", AT);
    }
}
