package uk.wmpathways.infra.axon;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.access.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimExtensionsOncePerSecondTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final List<String> renewals = new ArrayList<>();
    private final InMemoryTokenStore inMemory = new InMemoryTokenStore() {
        @Override
        public void extendClaim(String processorName, int segment) {
            renewals.add(processorName + "/" + segment);
            super.extendClaim(processorName, segment);
        }
    };
    private final ClaimExtensionsOncePerSecond store = new ClaimExtensionsOncePerSecond(inMemory, clock);

    @Test
    void renewsAClaimAtMostOnceASecond() {
        claim("casework");
        clock.advance(Duration.ofMillis(250));
        store.extendClaim("casework", 0);
        clock.advance(Duration.ofMillis(250));
        store.extendClaim("casework", 0);
        assertThat(renewals).as("renewed by the fetch half a second ago").isEmpty();

        clock.advance(Duration.ofMillis(600));
        store.extendClaim("casework", 0);
        store.extendClaim("casework", 0);
        assertThat(renewals).containsExactly("casework/0");
    }

    @Test
    void storingATokenCountsAsARenewalAndEachClaimIsTimedApart() {
        claim("casework", "outcomes");
        clock.advance(Duration.ofSeconds(2));
        store.storeToken(new GlobalSequenceTrackingToken(5), "casework", 0);
        store.extendClaim("casework", 0);
        store.extendClaim("outcomes", 0);
        assertThat(renewals).containsExactly("outcomes/0");
        assertThat(store.fetchToken("casework", 0)).isEqualTo(new GlobalSequenceTrackingToken(5));
    }

    @Test
    void aReleasedClaimIsRenewedAtOnceWhenClaimedAgainAndALostOneStillFails() {
        claim("casework");
        store.releaseClaim("casework", 0);
        store.extendClaim("casework", 0);
        assertThat(renewals).as("asked of the store, which answers for the claim").containsExactly("casework/0");

        ClaimExtensionsOncePerSecond refusing = new ClaimExtensionsOncePerSecond(new InMemoryTokenStore() {
            @Override
            public void extendClaim(String processorName, int segment) {
                throw new UnableToClaimTokenException("claimed by another instance (test)");
            }
        }, clock);
        assertThatThrownBy(() -> refusing.extendClaim("casework", 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    /** Each processor's one segment, claimed as a processor claims it at start. */
    private void claim(String... processors) {
        for (String processor : processors) {
            store.initializeTokenSegments(processor, 1);
            store.fetchToken(processor, 0);
        }
    }
}
