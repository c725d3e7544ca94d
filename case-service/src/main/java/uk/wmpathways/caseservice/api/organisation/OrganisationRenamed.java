package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An organisation's name changed to {@code name}. */
@Revision("1")
public record OrganisationRenamed(String code, String name, String recordedBy, Instant recordedAt)
        implements OrganisationEvent {
}
