package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Erases again a record whose erasure a restored backup has undone, as the erasure journal recorded it (its
 * ground, who erased it and when). Only the application sends it, at start-up; the law's rules were applied when the
 * record was first erased and are not asked again.
 */
public record ReapplyErasure(@TargetAggregateIdentifier String participantId,
                             ErasureGround ground,
                             String erasedBy,
                             Instant erasedAt) {
}
