package uk.wmpathways.reporting.casework;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineTextTest {

    private static final Instant AT = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDate ON = LocalDate.of(2025, 5, 20);

    private final TimelineText words = new TimelineText(new ProviderOrganisations(Map.of(
            "HOMES", "Homes Partnership", "STREET", "Street Team")),
            username -> Map.of("caseworker", "Casey Worker", "caseworker2", "Sam Support").getOrDefault(username, username));

    /** Folds the events and answers the words for the last one. */
    private String say(EnrolmentEvent... events) {
        EnrolmentState state = new EnrolmentState();
        for (EnrolmentEvent event : events) {
            state.apply(event);
        }
        TimelineText.Line line = words.of(events[events.length - 1], state);
        assertThat(line.occurredOn()).isEqualTo(ON);
        return line.text();
    }

    private static ReferredToHousingFirst housingFirst(LocalDate on) {
        return new ReferredToHousingFirst("e", "p", "HOMES", LocalAuthority.DUDLEY, FundingStream.HOUSING_FIRST_PILOT,
                null, HousingFirstReferralSource.PRISON_OR_PROBATION, on, null, "u", AT);
    }

    private static ReferredToThriveIntoWork thriveIntoWork(ThriveIntoWorkReferralSource source) {
        return new ReferredToThriveIntoWork("e", "p", "HOMES", LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, null, source, null, ON, null, "u", AT);
    }

    @Test
    void housingFirstStepsInPlainWords() {
        ReferredToHousingFirst referred = housingFirst(ON);
        assertThat(say(referred)).isEqualTo("Referred to Housing First by Prison or probation");
        assertThat(say(housingFirst(ON.minusDays(1)), new HousingFirstEligibilityAssessed("e", true, null, ON, null, "u", AT)))
                .isEqualTo("Eligibility assessed: accepted");
        assertThat(say(housingFirst(ON.minusDays(1)),
                new HousingFirstEligibilityAssessed("e", false, DeclineReason.OUT_OF_AREA, ON, null, "u", AT)))
                .isEqualTo("Eligibility assessed: declined (Outside the area)");
        assertThat(say(housingFirst(ON), new TenancyStarted("e", "t", "4 Elm Road", LandlordType.PRIVATE_RENTED, ON, null, "u", AT)))
                .isEqualTo("Tenancy started at 4 Elm Road (Private rented)");
        assertThat(say(housingFirst(ON), new TenancySustainmentChecked("e", "t", 12, ON, null, "u", AT)))
                .isEqualTo("12-month tenancy sustainment check recorded: tenancy still running");
        assertThat(say(housingFirst(ON), new TenancyEnded("e", "t", TenancyEndReason.EVICTION, ON, null, "u", AT)))
                .isEqualTo("Tenancy ended: Eviction");
    }

    @Test
    void roughSleepingStepsInPlainWords() {
        OutreachContactMade contact = new OutreachContactMade("e", "p", "STREET", LocalAuthority.BIRMINGHAM,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, null, ON, "Moor Street", true, null, "u", AT);
        assertThat(say(contact)).isEqualTo("Contact made by outreach at Moor Street (verified rough sleeper)");
        assertThat(say(contact, new EmergencyAccommodationPlaced("e", "pl", EmergencyAccommodationType.HOSTEL, "Park House",
                ON, null, "u", AT))).isEqualTo("Placed in emergency accommodation: Hostel, Park House");
        assertThat(say(contact, new MovedOn("e", MoveOnKind.SETTLED_ACCOMMODATION, "Flat", true, ON, null, "u", AT)))
                .isEqualTo("Moved on: Settled accommodation (Flat, intended to last 6 months or more)");
        assertThat(say(contact, new MovedOn("e", MoveOnKind.RECONNECTION, "Leeds", false, ON, null, "u", AT)))
                .isEqualTo("Moved on: Reconnection to another area (Leeds)");
        assertThat(say(contact, new ReturnedToRoughSleeping("e", ON, "New Street station", null, "u", AT)))
                .isEqualTo("Seen rough sleeping again at New Street station");
    }

    @Test
    void thriveIntoWorkStepsInPlainWordsWithPayInPounds() {
        ReferredToThriveIntoWork referred = thriveIntoWork(ThriveIntoWorkReferralSource.GP);
        assertThat(say(referred)).isEqualTo("Referred to Thrive into Work by GP");
        assertThat(say(thriveIntoWork(ThriveIntoWorkReferralSource.SELF)))
                .isEqualTo("Referred to Thrive into Work (self-referral)");
        assertThat(say(referred, new EligibilityAndConsentRecorded("e", true, false, ON, null, "u", AT)))
                .isEqualTo("Eligibility and consent recorded: eligible, consent not given");
        assertThat(say(referred, new TrialArmAllocated("e", TrialArm.CONTROL, 7012, 10000, 5000, ON, null, "u", AT)))
                .as("the draw's number and range stay in the event, for audit, not in the caseworker's timeline")
                .isEqualTo("Trial arm allocated: Control (usual care)");
        assertThat(say(referred, TrialArmAllocated.reused("e", TrialArm.CONTROL, "e-0", ON, null, "u", AT)))
                .isEqualTo("Trial arm allocated: Control (usual care) "
                        + "(the arm of an earlier trial enrolment: one arm for life)");
        assertThat(say(referred, new VocationalProfileCompleted("e", ON, null, "u", AT)))
                .isEqualTo("Vocational profile completed");
        assertThat(say(referred, new EmployerContactMade("e", "ec", "Acme Ltd", false, ON, null, "u", AT)))
                .isEqualTo("Employer contact: Acme Ltd (not face to face)");
        JobStarted job = new JobStarted("e", "j", "Acme Ltd", "Cleaner", JobSector.CLEANING, new BigDecimal("16.50"),
                new BigDecimal("1234.5"), ON, null, "u", AT);
        assertThat(say(referred, job))
                .isEqualTo("Job started: Cleaner at Acme Ltd, 16.5 hours a week, £1,234.50 an hour (Cleaning and facilities)");
        assertThat(say(referred, job, new JobSustainmentChecked("e", "j", 26, ON, null, "u", AT)))
                .isEqualTo("26-week job sustainment check recorded: still in work");
        assertThat(say(referred, job, new JobEnded("e", "j", JobEndReason.HEALTH, ON, null, "u", AT)))
                .isEqualTo("Job ended: Health reasons (Cleaner, Acme Ltd)");
    }

    @Test
    void aJobStartCorrectionSaysWhatTheJobIsNowAndWhyOnTheDayItWasMade() {
        JobStarted job = new JobStarted("e", "j", "Acme Ltd", "Cleaner", JobSector.CLEANING, new BigDecimal("16"),
                new BigDecimal("12.6"), ON, null, "u", AT);
        JobStartCorrected corrected = new JobStartCorrected("e", "j", LocalDate.of(2025, 5, 12), new BigDecimal("20.0"),
                new BigDecimal("12.6"), "Start date was the offer date", null, "u", AT);
        EnrolmentState state = new EnrolmentState();
        for (EnrolmentEvent event : new EnrolmentEvent[] {thriveIntoWork(ThriveIntoWorkReferralSource.GP), job,
                corrected}) {
            state.apply(event);
        }

        TimelineText.Line line = words.of(corrected, state);

        assertThat(line.occurredOn()).as("the day the correction was recorded").isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(line.text()).isEqualTo("Job start corrected: Cleaner, Acme Ltd started 12 May 2025, 20 hours a "
                + "week, £12.60 an hour (Start date was the offer date)");
    }

    @Test
    void stepsOfEveryPathwayInPlainWords() {
        ReferredToHousingFirst referred = housingFirst(ON);
        assertThat(say(referred, new ContactLogged("e", "c", ContactType.PHONE, 20, "Rent is paid", ON, null, "u", AT)))
                .isEqualTo("Phone contact, 20 minutes: Rent is paid");
        assertThat(say(referred, new ContactLogged("e", "c", ContactType.ATTEMPTED, 1, null, ON, null, "u", AT)))
                .isEqualTo("Attempted contact, 1 minute");
        assertThat(say(referred, new WorkerAssigned("e", "caseworker", null, ON, null, "u", AT)))
                .isEqualTo("Assigned to Casey Worker");
        assertThat(say(referred, new WorkerAssigned("e", "caseworker2", "caseworker", ON, null, "u", AT)))
                .isEqualTo("Reassigned from Casey Worker to Sam Support");
        assertThat(say(referred, new EnrolmentTransferred("e", "HOMES", "STREET", null, "Moved to the city centre", ON,
                null, "u", AT))).isEqualTo("Transferred from Homes Partnership to Street Team: Moved to the city centre");
        assertThat(say(referred, new EnrolmentTransferred("e", "HOMES", "STREET", "caseworker2", "Moved", ON,
                null, "u", AT))).isEqualTo("Transferred from Homes Partnership to Street Team: Moved; taken on by Sam Support");
        assertThat(say(referred, new EnrolmentClosed("e", ExitReason.SUPPORT_COMPLETED,
                ExitDestination.SOCIAL_RENTED_TENANCY, ON, null, "u", AT)))
                .isEqualTo("Closed: Support completed (destination: Social rented tenancy)");
        assertThat(say(thriveIntoWork(ThriveIntoWorkReferralSource.GP),
                new EnrolmentClosed("e", ExitReason.CONSENT_NOT_GIVEN, null, ON, null, "u", AT)))
                .isEqualTo("Closed: Consent not given");
        assertThat(say(referred, new EnrolmentClosed("e", ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, ON, null, "u", AT),
                new EnrolmentReopened("e", "Back in touch", ON, null, "u", AT)))
                .isEqualTo("Re-opened: Back in touch");
    }

    /** An event of the published language that the timeline was never taught, as a new one would be. */
    private record Untaught(String enrolmentId, String requestId, String recordedBy, Instant recordedAt)
            implements EnrolmentEvent {
    }

    @Test
    void anEventTheTimelineWasNotTaughtFailsLoudlyNamingItInsteadOfShowingItsClassName() {
        EnrolmentState state = new EnrolmentState().apply(housingFirst(ON));

        assertThatThrownBy(() -> words.of(new Untaught("e", null, "u", AT), state))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Untaught");
    }
}
