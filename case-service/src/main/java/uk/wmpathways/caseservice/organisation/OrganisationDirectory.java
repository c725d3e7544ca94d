package uk.wmpathways.caseservice.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.organisation.OrganisationCreated;
import uk.wmpathways.caseservice.api.organisation.OrganisationEvent;
import uk.wmpathways.caseservice.api.organisation.OrganisationReinstated;
import uk.wmpathways.caseservice.api.organisation.OrganisationRenamed;
import uk.wmpathways.caseservice.api.organisation.OrganisationRetired;
import uk.wmpathways.caseservice.api.organisation.OrganisationServicesChanged;
import uk.wmpathways.infra.axon.Subscribing;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.organisation.ProviderOrganisations.Organisation;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@link ProviderOrganisations} (what every module asks about organisations) current with the organisation
 * events. It is a subscribing processor: it runs in the unit of work that stored the event, so the very next
 * command (an enrolment for a new organisation, an account in it) already sees it, and every instance keeps its
 * own copy. At start-up {@link OrganisationsAtStartUp} fills it by reading each organisation's events through
 * {@link #fold}, the same function the live updates use: replaying gives exactly the same directory.
 * <p>
 * Why not a tracking projection with a MongoDB read model: commands decide with it (a retired organisation takes
 * no enrolment), so it must not lag behind the events; and there are a few dozen organisations with a handful of
 * events each, so reading them at start-up is quick.
 */
@Component
@Subscribing
@ProcessingGroup(OrganisationDirectory.PROCESSING_GROUP)
class OrganisationDirectory {

    static final String PROCESSING_GROUP = "organisation-directory";

    private final ProviderOrganisations organisations;

    OrganisationDirectory(ProviderOrganisations organisations) {
        this.organisations = organisations;
    }

    @EventHandler
    void on(OrganisationEvent event) {
        organisations.record(fold(organisations.organisation(event.code()), event));
    }

    /** The organisation after {@code event}, from what it was before (nothing, for its creation). */
    static Organisation fold(Optional<Organisation> before, OrganisationEvent event) {
        if (event instanceof OrganisationCreated created) {
            return new Organisation(created.code(), created.name(), true, names(created.pathways()),
                    names(created.localAuthorities()));
        }
        Organisation was = before.orElseThrow(() -> new IllegalStateException(
                "An organisation event before the organisation's creation: " + event.code()));
        if (event instanceof OrganisationRenamed renamed) {
            return new Organisation(was.code(), renamed.name(), was.active(), was.pathways(), was.localAuthorities());
        }
        if (event instanceof OrganisationServicesChanged changed) {
            return new Organisation(was.code(), was.name(), was.active(), names(changed.pathways()),
                    names(changed.localAuthorities()));
        }
        if (event instanceof OrganisationRetired) {
            return new Organisation(was.code(), was.name(), false, was.pathways(), was.localAuthorities());
        }
        if (event instanceof OrganisationReinstated) {
            return new Organisation(was.code(), was.name(), true, was.pathways(), was.localAuthorities());
        }
        throw new IllegalArgumentException("Not an organisation event this directory knows: "
                + event.getClass().getSimpleName());
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
