package uk.wmpathways.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.bson.Document;

/**
 * A stored event as a tracking processor reads it, with its payload revealed (decrypted) only when a handler
 * deserialises it: a processor skips most events of the stream by their type, and each processor reads the
 * whole stream, so revealing every event eagerly decrypted it once per processor for nothing.
 */
final class LazilyRevealedEventEntry extends GenericDomainEventEntry<String> {

    private final PayloadProtection protection;
    private volatile String revealed;

    LazilyRevealedEventEntry(Document document, PayloadProtection protection) {
        super(document.getString("aggregateType"), document.getString("aggregateIdentifier"),
                document.getLong("sequenceNumber"), document.getString("eventIdentifier"),
                document.getString("timestamp"), document.getString("payloadType"),
                document.getString("payloadRevision"), document.getString("payload"), document.getString("metaData"));
        this.protection = protection;
    }

    @Override
    public SerializedObject<String> getPayload() {
        SerializedType type = super.getPayload().getType();
        return new SerializedObject<>() {
            @Override
            public Class<String> getContentType() {
                return String.class;
            }

            @Override
            public SerializedType getType() {
                return type;
            }

            @Override
            public String getData() {
                return revealed();
            }
        };
    }

    private String revealed() {
        String payload = revealed;
        if (payload == null) {
            SerializedObject<String> stored = super.getPayload();
            payload = protection.reveal(stored.getType().getName(), stored.getData());
            revealed = payload;
        }
        return payload;
    }
}
