package uk.wmpathways.gpreferrals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example bundles in {@code src/test/resources/bundles}: shapes a practice system might send. */
public final class ExampleBundles {

    public static final String VERIFIED = "valid-verified-nhs-number.json";
    public static final String WITHOUT_NHS_NUMBER = "valid-without-nhs-number.json";
    public static final String NOT_TRACED = "valid-nhs-number-not-traced.json";
    public static final String UNVERIFIED = "valid-nhs-number-unverified.json";
    public static final String FLAGS_AND_CONSENT = "valid-with-flags-and-consent.json";
    public static final String EXTRA_RESOURCES = "valid-with-extra-resources.json";
    public static final String BAD_CHECK_DIGIT = "invalid-nhs-number-check-digit.json";
    public static final String MISSING_SUBJECT = "invalid-missing-subject.json";
    public static final String WRONG_EVENT = "invalid-wrong-event-code.json";
    public static final String NOT_A_MESSAGE = "invalid-not-a-message.json";
    /**
     * The practice cancels a referral it sent (reason update, the ServiceRequest revoked), naming it by our referral
     * id: replace {@link #CANCEL_REFERRAL_ID_PLACEHOLDER} with the acknowledgement's id.
     */
    public static final String CANCEL = "cancel-referral.json";
    public static final String CANCEL_REFERRAL_ID_PLACEHOLDER = "00000000-0000-4000-8000-000000000000";

    private ExampleBundles() {
    }

    public static String read(String name) {
        try (InputStream in = ExampleBundles.class.getResourceAsStream("/bundles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No example bundle " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
