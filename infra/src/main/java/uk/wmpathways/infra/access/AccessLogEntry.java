package uk.wmpathways.infra.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the access log: who (username, roles, organisation), when, through which channel, did what to
 * which records (participants, enrolment) and why (purpose, and the reason stated when breaking the glass);
 * {@code query} holds the words of a search. {@code hash} is the SHA-256 of the entry's fields and the
 * previous entry's hash, so that changing, removing or inserting an entry breaks the chain from there on.
 */
@Document("access_log")
public record AccessLogEntry(@Id long sequence,
                             Instant at,
                             String username,
                             String roles,
                             String organisation,
                             String channel,
                             AccessAction action,
                             AccessPurpose purpose,
                             String reason,
                             List<String> participantIds,
                             String enrolmentId,
                             String query,
                             String previousHash,
                             String hash) {

    /** The hash of the first entry's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    AccessLogEntry chainedTo(long sequence, String previousHash) {
        AccessLogEntry unsealed = new AccessLogEntry(sequence, at, username, roles, organisation, channel, action,
                purpose, reason, participantIds == null ? List.of() : List.copyOf(participantIds), enrolmentId,
                query, previousHash, null);
        return new AccessLogEntry(sequence, at, username, roles, organisation, channel, action, purpose, reason,
                unsealed.participantIds, enrolmentId, query, previousHash, unsealed.computeHash());
    }

    /** True when the stored hash is the hash of the stored fields. */
    boolean sealed() {
        return hash != null && hash.equals(computeHash());
    }

    /** Each field length-prefixed, so that no two different entries share a text to hash. */
    String computeHash() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {sequence, at, username, roles, organisation, channel, action, purpose,
                reason, participantIds == null ? null : String.join(",", participantIds), enrolmentId, query,
                previousHash}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
