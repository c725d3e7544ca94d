package uk.wmpathways.app;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.Set;
import java.util.UUID;

/**
 * HAPI's generic FHIR client against the running application, signed in as one account (or not at all), and the
 * GP referrer accounts of the tests: one of the examples' practice (Y90001), one of another practice, and one of no
 * practice (the demo {@code gp} belongs to Y90001, the demo data's practice).
 */
final class FhirClients {

    static final String EXAMPLE_PRACTICE_GP = "gp-y90001";
    static final String OTHER_PRACTICE_GP = "gp-y90002";
    static final String NO_PRACTICE_GP = "gp-no-practice";
    /** The first use of the validator loads the R4 definitions (tens of seconds on a busy machine). */
    private static final int SOCKET_TIMEOUT_MILLIS = 180_000;

    private FhirClients() {
    }

    static void addGpReferrers(UserAccounts accounts, PasswordEncoder encoder) {
        String hash = encoder.encode(Api.DEMO_PASSWORD);
        accounts.addIfAbsent(new UserAccount(EXAMPLE_PRACTICE_GP, hash, "Dr Gail Practitioner (test)",
                Set.of(Role.GP_REFERRER), true, null, false, null, "Y90001"));
        accounts.addIfAbsent(new UserAccount(OTHER_PRACTICE_GP, hash, "Dr Other Practice (test)",
                Set.of(Role.GP_REFERRER), true, null, false, null, "Y90002"));
        accounts.addIfAbsent(new UserAccount(NO_PRACTICE_GP, hash, "Dr No Practice (test)",
                Set.of(Role.GP_REFERRER), true, null, false, null, null));
    }

    /** Warms the validator once per application context (the tests' settings do not warm it at start). */
    static void warm(BaseR4Validation validation) {
        if (!validation.isWarm()) {
            System.out.println("FHIR validator warm-up in the application: " + validation.warmUp().toMillis() + " ms");
        }
    }

    static IGenericClient client(int port, String username) {
        FhirContext fhir = FhirContext.forR4Cached();
        fhir.getRestfulClientFactory().setSocketTimeout(SOCKET_TIMEOUT_MILLIS);
        IGenericClient client = fhir.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.setEncoding(EncodingEnum.JSON);
        if (username != null) {
            client.registerInterceptor(new BasicAuthInterceptor(username, Api.DEMO_PASSWORD));
        }
        return client;
    }

    /** An example bundle with an id of its own: the client sends no X-Request-ID, and a bundle id seen is a duplicate. */
    static Bundle example(String name) {
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, ExampleBundles.read(name));
        bundle.setId(UUID.randomUUID().toString());
        return bundle;
    }

    static Bundle processMessage(IGenericClient client, Bundle message) {
        return client.operation().processMessage().setMessageBundle(message).synchronous(Bundle.class).execute();
    }
}
