package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a person's record (the data protection officer, or the retention job as the system): their key is
 * destroyed, so every personal value recorded about them becomes unreadable wherever it is stored.
 */
public record EraseParticipant(@TargetAggregateIdentifier String participantId,
                               ErasureGround ground,
                               String erasedBy) {
}
