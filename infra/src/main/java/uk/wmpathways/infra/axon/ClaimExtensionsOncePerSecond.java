package uk.wmpathways.infra.axon;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token store that renews a claim at most once a {@link #RENEWAL_INTERVAL}: an idle tracking processor renews
 * its claim after every wait for events that found none, and the processors wait a quarter of a second (so that
 * a rebuild ends and a processor stops without waiting a whole second), which would otherwise be four writes a
 * second per processor while nothing happens. A claim times out after 10 s, so renewing it every second keeps it
 * as safe as before; storing a token or fetching one renews it too. Every other call goes to the store as it is.
 */
final class ClaimExtensionsOncePerSecond implements TokenStore {

    static final Duration RENEWAL_INTERVAL = Duration.ofSeconds(1);

    private final TokenStore store;
    private final Clock clock;
    private final Map<String, Instant> renewedAt = new ConcurrentHashMap<>();

    ClaimExtensionsOncePerSecond(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        String claim = claim(processorName, segment);
        Instant last = renewedAt.get(claim);
        if (last != null && Duration.between(last, clock.instant()).compareTo(RENEWAL_INTERVAL) < 0) {
            return;
        }
        store.extendClaim(processorName, segment);
        renewedAt.put(claim, clock.instant());
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) throws UnableToClaimTokenException {
        store.storeToken(token, processorName, segment);
        renewedAt.put(claim(processorName, segment), clock.instant());
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        TrackingToken token = store.fetchToken(processorName, segment);
        renewedAt.put(claim(processorName, segment), clock.instant());
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        TrackingToken token = store.fetchToken(processorName, segment);
        renewedAt.put(claim(processorName, segment.getSegmentId()), clock.instant());
        return token;
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        renewedAt.remove(claim(processorName, segment));
        store.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) throws UnableToClaimTokenException {
        store.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        store.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        store.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        renewedAt.remove(claim(processorName, segment));
        store.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return store.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return store.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return store.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return store.retrieveStorageIdentifier();
    }

    private static String claim(String processorName, int segment) {
        return processorName + "/" + segment;
    }
}
