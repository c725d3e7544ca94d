package uk.wmpathways.reporting.casework;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstProgress;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkProgress;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EnrolmentStatesTest {

    private static final Instant AT = Instant.parse("2025-06-01T10:00:00Z");

    private static EnrolmentState inWork() {
        return new EnrolmentState()
                .apply(new ReferredToThriveIntoWork("e-1", "p-1", "WORK-WELL", LocalAuthority.WALSALL,
                        FundingStream.THRIVE_INTO_WORK_TRIAL, "caseworker", ThriveIntoWorkReferralSource.GP, null,
                        LocalDate.of(2025, 3, 3), "request.with.dots", "gp", AT))
                .apply(new EligibilityAndConsentRecorded("e-1", true, true, LocalDate.of(2025, 3, 10), "$request", "caseworker", AT))
                .apply(new TrialArmAllocated("e-1", TrialArm.TREATMENT, 12, 100, 50, LocalDate.of(2025, 3, 11), null, "caseworker", AT))
                .apply(new JobStarted("e-1", "job.1", "Acme Ltd", "Cleaner", JobSector.CLEANING, BigDecimal.TEN,
                        new BigDecimal("11.44"), LocalDate.of(2025, 5, 5), "r-3", "caseworker", AT))
                .apply(new JobSustainmentChecked("e-1", "job.1", 13, LocalDate.of(2025, 8, 5), null, "caseworker", AT))
                .apply(new ContactLogged("e-1", "c-1", ContactType.PHONE, 15, "note", LocalDate.of(2025, 8, 6), null, "caseworker", AT));
    }

    @Test
    void aStateReadBackFromItsDocumentIsTheSameState() {
        EnrolmentState state = inWork();

        EnrolmentState readBack = EnrolmentStates.fromDocument(EnrolmentStates.toDocument(state));

        assertThat(EnrolmentSummary.of(readBack, "Alex", 5)).isEqualTo(EnrolmentSummary.of(state, "Alex", 5));
        ThriveIntoWorkProgress work = readBack.thriveIntoWork().orElseThrow();
        assertThat(work).isEqualTo(state.progress());
        assertThat(work.job("job.1").orElseThrow().checksDone()).containsExactly(13);
        assertThat(work.job("job.1").orElseThrow().hourlyPay()).isEqualByComparingTo("11.44");
        assertThat(work.firstFaceToFaceEmployerContactOn()).isNull();
        assertThat(work.enrolledOn()).as("in the trial, the allocation day").isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(work.consentRecordedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aStateStoredBeforeThePathwaysWerePartitionedIsReadIntoTheNewShape() {
        Document job = new Document(Map.of("id", "job.1", "description", "Cleaner, Acme Ltd",
                "startedOn", "2025-05-05", "checksDone", List.of(13), "hoursPerWeek", "10", "hourlyPay", "11.44"));
        Document old = new Document(Map.of("enrolmentId", "e-1", "participantId", "p-1",
                "pathway", "THRIVE_INTO_WORK", "stage", "CLOSED", "stageBeforeClosure", "IN_WORK",
                "startedOn", "2025-03-03", "providerOrganisation", "WORK-WELL", "localAuthority", "WALSALL",
                "fundingStream", "THRIVE_INTO_WORK_TRIAL", "closedOn", "2025-09-01"));
        old.putAll(Map.of("exitReason", "SUSTAINED_EMPLOYMENT", "enrolledOn", "2025-03-10", "trialArm", "TREATMENT",
                "jobs", List.of(job), "handledRequests", List.of(List.of("r-3", "job.1"))));

        EnrolmentState readBack = EnrolmentStates.fromDocument(old);

        assertThat(readBack.stage()).isEqualTo(Stage.CLOSED);
        ThriveIntoWorkProgress work = readBack.thriveIntoWork().orElseThrow();
        assertThat(work.stage()).isEqualTo(Stage.IN_WORK);
        assertThat(work.trialArm()).isEqualTo(TrialArm.TREATMENT);
        assertThat(work.job("job.1").orElseThrow().checksDone()).containsExactly(13);
        assertThat(work.job("job.1").orElseThrow().hourlyPay()).isEqualByComparingTo("11.44");
    }

    @Test
    void aHousingFirstTenancyStoredBeforeThePartitionKeepsItsAddressAndChecks() {
        Document tenancy = new Document(Map.of("id", "t-1", "description", "4 Elm Road", "startedOn", "2025-01-06",
                "checksDone", List.of(6)));
        Document old = new Document(Map.of("enrolmentId", "e-2", "participantId", "p-2", "pathway", "HOUSING_FIRST",
                "stage", "HOUSED", "startedOn", "2024-11-01", "providerOrganisation", "DEMO-SUPPORT",
                "localAuthority", "DUDLEY", "fundingStream", "HOUSING_FIRST_PILOT", "tenancy", tenancy));

        HousingFirstProgress housing = EnrolmentStates.fromDocument(old).housingFirst().orElseThrow();

        assertThat(housing.stage()).isEqualTo(Stage.HOUSED);
        assertThat(housing.currentTenancy().orElseThrow().property()).isEqualTo("4 Elm Road");
        assertThat(housing.currentTenancy().orElseThrow().outstandingChecks()).containsExactly(12, 24);
    }

    @Test
    void idsFromClientsNeverBecomeFieldNames() {
        Document document = EnrolmentStates.toDocument(inWork());

        assertThat(fieldNames(document)).noneMatch(name -> name.contains(".") || name.startsWith("$"));
        assertThat(document.get("startedOn")).as("dates as ISO text").isEqualTo("2025-03-03");
    }

    private static List<String> fieldNames(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .flatMap(entry -> Stream.concat(Stream.of((String) entry.getKey()),
                            fieldNames(entry.getValue()).stream()))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(item -> fieldNames(item).stream()).toList();
        }
        return List.of();
    }
}
