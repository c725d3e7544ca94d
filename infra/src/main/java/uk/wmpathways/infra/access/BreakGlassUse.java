package uk.wmpathways.infra.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A caseworker saw a person's record outside the sharing rules, for the reason they stated, until
 * {@code expiresAt}. Every use waits for the data protection officer's review ({@code reviewedBy} null until
 * then).
 */
@Document("break_glass")
public record BreakGlassUse(@Id String id,
                            String username,
                            String organisation,
                            String participantId,
                            String reason,
                            Instant grantedAt,
                            Instant expiresAt,
                            String reviewedBy,
                            Instant reviewedAt,
                            String reviewNote) {

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
