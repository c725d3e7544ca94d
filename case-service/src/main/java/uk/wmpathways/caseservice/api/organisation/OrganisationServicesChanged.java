package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.Instant;
import java.util.List;

/** An organisation serves these pathways and local authorities from now on (they replace the earlier ones). */
@Revision("1")
public record OrganisationServicesChanged(String code, List<Pathway> pathways, List<LocalAuthority> localAuthorities,
                                          String recordedBy, Instant recordedAt) implements OrganisationEvent {

    /** Plain lists in the enums' order: JSON with no collection class of the JDK's to name when read back. */
    public OrganisationServicesChanged {
        pathways = ServedLists.sorted(pathways);
        localAuthorities = ServedLists.sorted(localAuthorities);
    }
}
