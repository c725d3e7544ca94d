package uk.wmpathways.infra.eventstore;

import java.util.Optional;

/**
 * What the event store does to a serialized payload on its way into and out of the database: the personal data
 * in it is encrypted on the way in and decrypted on the way out (before upcasting), so that events keep their
 * shape for every reader while the stored bytes hold no personal data.
 */
public interface PayloadProtection {

    /** The payload as it is to be stored, for an event of the given stream. */
    String protect(String streamId, String payloadType, String payload);

    /** The payload as readers see it: decrypted, or with placeholders where its subject has been erased. */
    String reveal(String payloadType, String payload);

    /** A snapshot of an aggregate as it is to be stored. */
    String protectSnapshot(String streamId, String payload);

    /** The snapshot as readers see it; empty when it can no longer be read (its subject has been erased). */
    Optional<String> revealSnapshot(String payload);

    PayloadProtection NONE = new PayloadProtection() {
        @Override
        public String protect(String streamId, String payloadType, String payload) {
            return payload;
        }

        @Override
        public String reveal(String payloadType, String payload) {
            return payload;
        }

        @Override
        public String protectSnapshot(String streamId, String payload) {
            return payload;
        }

        @Override
        public Optional<String> revealSnapshot(String payload) {
            return Optional.of(payload);
        }
    };
}
