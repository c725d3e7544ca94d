package uk.wmpathways.reporting.casework;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.reporting.consent.ConsentSharing;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.ArrayList;
import java.util.List;

/**
 * Which organisations may see a person: the one that registered them, each that has delivered an enrolment
 * of theirs, and each a referral of theirs is pending with (to decide on it), as the casework read model
 * records it ({@link ParticipantNameDocument}). A declined or withdrawn referral gives nothing; an accepted one
 * gives what its enrolment gives. And each the person agreed may see their record ({@link ConsentSharing}: read
 * only, as a pending referral's receiver; gone when the consent is withdrawn).
 */
@Component
public class ParticipantOrganisations {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ConsentSharing consents;

    ParticipantOrganisations(MongoTemplate mongo, ReadModelCollections collections, ConsentSharing consents) {
        this.mongo = mongo;
        this.collections = collections;
        this.consents = consents;
    }

    /**
     * The organisations that may see the person; none for a person the read model does not know (yet), but those
     * the person agreed may see their record at once.
     */
    public List<String> of(String participantId) {
        ParticipantNameDocument document = mongo.findById(participantId, ParticipantNameDocument.class,
                collection());
        List<String> all = new ArrayList<>();
        if (document != null) {
            all.addAll(document.organisations());
            document.referredTo().stream().filter(code -> !all.contains(code)).forEach(all::add);
        }
        consents.sharedWith(participantId).stream().filter(code -> !all.contains(code)).forEach(all::add);
        return all;
    }

    /**
     * The organisations that registered or support the person (have or had an enrolment of theirs): those that
     * may change their details or refer them on. A pending referral only lets its receiver read.
     */
    public List<String> supporting(String participantId) {
        ParticipantNameDocument document = mongo.findById(participantId, ParticipantNameDocument.class,
                collection());
        return document == null ? List.of() : document.organisations();
    }

    /** The ids of every person the organisation may see. */
    public List<String> participantsOf(String organisation) {
        Query query = Query.query(new Criteria().orOperator(
                Criteria.where(ParticipantNameDocument.ORGANISATIONS).is(organisation),
                Criteria.where(ParticipantNameDocument.REFERRED_TO).is(organisation)));
        query.fields().include("_id");
        List<String> all = new ArrayList<>(mongo.find(query, ParticipantNameDocument.class, collection()).stream()
                .map(ParticipantNameDocument::participantId)
                .toList());
        consents.participantsSharedWith(organisation).stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    private String collection() {
        return collections.live(CaseworkProjection.PROCESSING_GROUP, CaseworkProjection.PARTICIPANTS);
    }
}
