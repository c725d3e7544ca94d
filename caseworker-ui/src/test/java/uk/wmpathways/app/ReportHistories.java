package uk.wmpathways.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Thrive into Work histories recorded through the real command path, for the report tests: fictitious people
 * referred, enrolled with consent, allocated to a trial arm, and some of them into a job of 16 hours a week.
 */
public final class ReportHistories {

    private final CommandGateway commands;

    public ReportHistories(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * {@code people} people supported in {@code localAuthority} by {@code provider}, referred on {@code referredOn}
     * and enrolled the next day; the first {@code intoWork} of them start a job 30 days later. Half are recorded
     * as female, half as male.
     */
    public void thriveIntoWork(LocalAuthority localAuthority, String provider, int people, int intoWork, LocalDate referredOn) {
        for (int i = 0; i < people; i++) {
            String participantId = UUID.randomUUID().toString();
            commands.sendAndWait(new RegisterParticipant(participantId, "Testperson",
                    ParticipantRequests.uniqueFamilyName("Reportee"), LocalDate.of(1980 + i % 20, 3, 1 + i % 27), null,
                    localAuthority, null, null, "caseworker",
                    new EqualityDetails(null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null)));
            String enrolmentId = UUID.randomUUID().toString();
            LocalDate enrolledOn = referredOn.plusDays(1);
            commands.sendAndWait(new ReferToThriveIntoWork(enrolmentId, participantId, provider, localAuthority,
                    FundingStream.THRIVE_INTO_WORK_TRIAL, null, ThriveIntoWorkReferralSource.GP, "M85001",
                    referredOn, UUID.randomUUID().toString(), "caseworker"));
            commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, enrolledOn, null, null,
                    "caseworker"));
            commands.sendAndWait(new AllocateTrialArm(enrolmentId, enrolledOn, null, null, "caseworker"));
            if (i < intoWork) {
                commands.sendAndWait(new RecordJobStart(enrolmentId, "Midland Bakeries Ltd", "Production operative",
                        JobSector.values()[0], new BigDecimal("16"), new BigDecimal("12.21"), enrolledOn.plusDays(30),
                        null, null, "caseworker"));
            }
        }
    }
}
