package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An organisation was retired: from now it takes on no new enrolments or accounts. */
@Revision("1")
public record OrganisationRetired(String code, String recordedBy, Instant recordedAt) implements OrganisationEvent {
}
