package uk.wmpathways.caseservice.organisation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.OrganisationEvent;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.BeforeRequests;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * At start-up, after Axon has started and before the web server takes requests: fills the organisation directory
 * from the organisation events, or, when there are none yet (a first start, or a deployment from before
 * organisations were event-sourced), records the configured organisations (else the demo ones) as events, each
 * serving every pathway and local authority, so that what existed before keeps working.
 */
@Component
class OrganisationsAtStartUp extends BeforeRequests {

    static final Caller FIRST_START = Caller.system("organisations-first-start");
    private static final Logger log = LoggerFactory.getLogger(OrganisationsAtStartUp.class);
    private static final String AGGREGATE_TYPE = Organisation.class.getSimpleName();

    private final ProviderOrganisations organisations;
    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final CommandGateway commands;

    OrganisationsAtStartUp(ProviderOrganisations organisations, EventStore eventStore, MongoTemplate mongo,
                           CommandGateway commands) {
        this.organisations = organisations;
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.commands = commands;
    }

    @Override
    protected void atStartUp() {
        List<ProviderOrganisations.Organisation> recorded = recordedOrganisations();
        if (recorded.isEmpty()) {
            recordTheConfiguredOrganisations();
        } else {
            organisations.replaceAll(recorded);
            log.info("Organisations: {} read from their events", recorded.size());
        }
    }

    /** Each organisation folded from its events, in the order they were created. */
    List<ProviderOrganisations.Organisation> recordedOrganisations() {
        List<ProviderOrganisations.Organisation> recorded = new ArrayList<>();
        for (String code : codesInOrderCreated()) {
            Optional<ProviderOrganisations.Organisation> organisation = Optional.empty();
            for (Object payload : eventStore.readEvents(code).asStream().map(event -> event.getPayload()).toList()) {
                if (payload instanceof OrganisationEvent event) {
                    organisation = Optional.of(OrganisationDirectory.fold(organisation, event));
                }
            }
            organisation.ifPresent(recorded::add);
        }
        return recorded;
    }

    private List<String> codesInOrderCreated() {
        List<String> codes = new ArrayList<>();
        mongo.getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS)
                .find(Filters.and(Filters.eq("aggregateType", AGGREGATE_TYPE), Filters.eq("sequenceNumber", 0L)))
                .projection(Projections.include("aggregateIdentifier"))
                .sort(Sorts.ascending("_id"))
                .forEach((Document event) -> codes.add(event.getString("aggregateIdentifier")));
        return codes;
    }

    private void recordTheConfiguredOrganisations() {
        int created = 0;
        for (var configured : organisations.configured().entrySet()) {
            CreateOrganisation create = new CreateOrganisation(configured.getKey(), configured.getValue(),
                    EnumSet.allOf(Pathway.class), EnumSet.allOf(LocalAuthority.class), FIRST_START.username());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(create)
                        .andMetaData(FIRST_START.toMetaData()));
                created++;
            } catch (RuntimeException refused) {
                // another instance starting at the same time, or a configured code that breaks the rules: the
                // configured organisation is still answered from configuration until it is recorded
                log.warn("Organisations: the configured organisation {} was not recorded: {}", configured.getKey(),
                        refused.getMessage());
            }
        }
        log.info("Organisations: none recorded yet; recorded the {} configured ones", created);
    }
}
