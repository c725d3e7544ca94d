package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A retired organisation was reinstated: it takes on work again. */
@Revision("1")
public record OrganisationReinstated(String code, String recordedBy, Instant recordedAt)
        implements OrganisationEvent {
}
