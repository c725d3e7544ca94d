package uk.wmpathways.caseservice.api.enrolment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.enrolment.Events.ENROLMENT;
import static uk.wmpathways.caseservice.api.enrolment.Events.allocated;
import static uk.wmpathways.caseservice.api.enrolment.Events.eligibilityAndConsent;
import static uk.wmpathways.caseservice.api.enrolment.Events.employerContact;
import static uk.wmpathways.caseservice.api.enrolment.Events.referredToThriveIntoWork;
import static uk.wmpathways.caseservice.api.enrolment.Events.state;

/**
 * Thrive into Work outside the trial (the expansion stream): enrolled with IPS at consent, never randomised; and
 * a state stored before the funding stream was kept in the progress is read by the stream it has.
 */
class ThriveIntoWorkOutsideTheTrialTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 1, 6);
    private static final LocalDate CONSENT = REFERRED.plusDays(3);

    private static ReferredToThriveIntoWork referredToExpansion() {
        return new ReferredToThriveIntoWork(ENROLMENT, "p1", "WORK-WELL", LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, "casey", ThriveIntoWorkReferralSource.GP, null, REFERRED,
                null, "u", Instant.parse("2025-06-01T10:00:00Z"));
    }

    private static EnrolmentState expansionEnrolled() {
        return state(referredToExpansion(), eligibilityAndConsent(true, true, CONSENT));
    }

    @Test
    void outsideTheTrialConsentEnrolsWithIpsAndNoArm() {
        EnrolmentState state = expansionEnrolled();
        ThriveIntoWorkProgress progress = state.thriveIntoWork().orElseThrow();

        assertThat(progress.inTrial()).isFalse();
        assertThat(progress.enrolledOn()).isEqualTo(CONSENT);
        assertThat(progress.trialArm()).isNull();
        assertThat(progress.stage()).isEqualTo(Stage.LOOKING_FOR_WORK);
        assertThat(state.allowedSteps()).contains(Step.COMPLETE_VOCATIONAL_PROFILE, Step.RECORD_EMPLOYER_CONTACT,
                Step.RECORD_JOB_START).doesNotContain(Step.ALLOCATE_TRIAL_ARM);
        assertThat(state.whyNot(Step.ALLOCATE_TRIAL_ARM)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Only trial-funded enrolments are randomised")
                .contains("Thrive into Work expansion"));
    }

    @Test
    void outsideTheTrialNothingOfIpsNorAJobStartComesBeforeConsent() {
        EnrolmentState referred = state(referredToExpansion());

        assertThat(referred.whyNot(Step.RECORD_JOB_START))
                .contains("A job start can be recorded only after eligibility and consent are recorded");
        assertThat(referred.whyNot(Step.RECORD_EMPLOYER_CONTACT))
                .contains("Employer contact comes after eligibility and consent are recorded");
        assertThat(referred.whyNot(Step.ALLOCATE_TRIAL_ARM)).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("Only trial-funded enrolments are randomised"));
    }

    @Test
    void outsideTheTrialTheFirstEmployerContactIsDueThirtyDaysFromConsent() {
        assertThat(expansionEnrolled().dueItems()).contains(new DueItem(DueItem.Kind.FIRST_EMPLOYER_CONTACT,
                CONSENT.plusDays(30), null, Step.RECORD_EMPLOYER_CONTACT,
                "First face-to-face employer contact (within 30 days of enrolment)"));
        EnrolmentState contacted = expansionEnrolled().apply(employerContact(true, CONSENT.plusDays(5)));
        assertThat(contacted.dueItems()).extracting(DueItem::kind).doesNotContain(DueItem.Kind.FIRST_EMPLOYER_CONTACT);
    }

    @Test
    void inTheTrialTheFirstEmployerContactIsDueThirtyDaysFromTheAllocation() {
        LocalDate allocatedOn = CONSENT.plusDays(20);
        EnrolmentState state = state(referredToThriveIntoWork(REFERRED), eligibilityAndConsent(true, true, CONSENT),
                allocated(TrialArm.TREATMENT, allocatedOn));

        assertThat(state.thriveIntoWork().orElseThrow().enrolledOn()).isEqualTo(allocatedOn);
        assertThat(state.dueItems()).extracting(DueItem::kind, DueItem::dueOn)
                .contains(org.assertj.core.groups.Tuple.tuple(DueItem.Kind.FIRST_EMPLOYER_CONTACT,
                        allocatedOn.plusDays(30)));
        assertThat(EnrolmentSummary.of(state, "A", 3).enrolledOn()).isEqualTo(allocatedOn);
    }

    /** As a snapshot or a read model stored the state before the progress kept its funding stream. */
    @Test
    void aStateStoredWithoutTheProgresssFundingStreamIsReadByTheEnrolmentsStream() throws Exception {
        ObjectMapper fields = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .build();
        ObjectNode stored = fields.valueToTree(expansionEnrolled());
        ObjectNode progress = (ObjectNode) stored.get("progress");
        assertThat(progress.get("fundingStream").asText()).isEqualTo("THRIVE_INTO_WORK_EXPANSION");
        progress.remove("fundingStream");
        progress.remove("consentRecordedOn");

        EnrolmentState read = fields.treeToValue(stored, EnrolmentState.class);

        assertThat(read.thriveIntoWork().orElseThrow().inTrial()).isFalse();
        assertThat(read.allowedSteps()).contains(Step.RECORD_JOB_START).doesNotContain(Step.ALLOCATE_TRIAL_ARM);
        assertThat(read.whyNot(Step.ALLOCATE_TRIAL_ARM)).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("Only trial-funded enrolments are randomised"));
    }
}
