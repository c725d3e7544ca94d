package uk.wmpathways.gpreferrals.intake;

import org.junit.jupiter.api.Test;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferralFlag;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a valid referral message becomes: the facts the recording command will carry. */
class GpReferralReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static GpReferralRequest read(String example) {
        ReferralParts parts = ReferralRules.check(ReferralRulesTest.bundle(example), TODAY).parts().orElseThrow();
        return GpReferralReader.read(parts, "referral-1");
    }

    @Test
    void aReferralWithAVerifiedNhsNumber() {
        GpReferralRequest referral = read(ExampleBundles.VERIFIED);

        assertThat(referral.referralId()).isEqualTo("referral-1");
        assertThat(referral.message()).isEqualTo(new GpReferralRequest.MessageIds(
                "3f0c9a8e-6b1d-4c1e-9a57-0d6f2d1c0a01", "6a1f2d3c-1b2a-4e5f-8a9b-000000000001",
                "6a1f2d3c-1b2a-4e5f-8a9b-000000000002"));
        assertThat(referral.practiceOdsCode()).isEqualTo("Y90001");
        assertThat(referral.practiceName()).isEqualTo("Example Street Surgery");
        assertThat(referral.referrer()).isEqualTo(new GpReferralRequest.Referrer("Dr Gail Practitioner",
                "555000000001", "General practitioner"));
        assertThat(referral.patient()).isEqualTo(new GpReferralRequest.ReferredPerson("9434765919",
                PatientRules.VERIFIED, "Alexis", "Example", LocalDate.of(1980, 4, 23), "female", "0121 496 0000",
                "alexis@example.org", List.of("1 Example Street"), "WS1 1AA"));
        assertThat(referral.authoredOn()).isEqualTo(TODAY);
        assertThat(referral.reason()).containsExactly(
                "Out of work for 8 months with low back pain; wants to return to work",
                "Prefers to be contacted in the afternoon");
        assertThat(referral.flags()).isEmpty();
        assertThat(referral.consent()).isNull();
    }

    @Test
    void anNhsNumberPresentButNotTracedIsUsed() {
        assertThat(read(ExampleBundles.NOT_TRACED).patient().nhsNumber()).isEqualTo("9434765870");
    }

    @Test
    void anUnverifiedNhsNumberIsNotUsedButItsStatusIsKept() {
        GpReferralRequest.ReferredPerson person = read(ExampleBundles.UNVERIFIED).patient();

        assertThat(person.nhsNumber()).isNull();
        assertThat(person.nhsNumberVerificationStatus()).isEqualTo("trace-required");
        assertThat(person.familyName()).isEqualTo("Example");
    }

    @Test
    void aPersonWithoutAnNhsNumberIsAccepted() {
        GpReferralRequest.ReferredPerson person = read(ExampleBundles.WITHOUT_NHS_NUMBER).patient();

        assertThat(person.nhsNumber()).isNull();
        assertThat(person.nhsNumberVerificationStatus()).isNull();
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 23));
    }

    @Test
    void flagsAndConsentAreKept() {
        GpReferralRequest referral = read(ExampleBundles.FLAGS_AND_CONSENT);

        assertThat(referral.flags()).containsExactly(
                new ReferralFlag("RA", "Reasonable adjustment", "Needs information in large print"),
                new ReferralFlag("SG", "Safeguarding", "Do not visit at home: contact by phone only"));
        assertThat(referral.consent()).isEqualTo(new GpReferralRequest.ReferralConsent("active",
                List.of("Consent to share referral details with the IPS service"), TODAY, "Referral to Thrive into Work"));
    }

    @Test
    void resourcesWeDoNotUseAreIgnored() {
        GpReferralRequest referral = read(ExampleBundles.EXTRA_RESOURCES);

        assertThat(referral.flags()).isEmpty();
        assertThat(referral.consent()).isNull();
        assertThat(referral.patient().nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void itsTextNamesNoPersonalData() {
        String text = read(ExampleBundles.FLAGS_AND_CONSENT).toString();

        assertThat(text).contains("Y90001").doesNotContain("9434765919").doesNotContain("Example")
                .doesNotContain("1980").doesNotContain("Alexis").doesNotContain("large print");
    }
}
