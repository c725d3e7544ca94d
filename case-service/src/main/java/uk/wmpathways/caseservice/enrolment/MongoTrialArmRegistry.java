package uk.wmpathways.caseservice.enrolment;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One document per trial participant, keyed by participant id: the unique {@code _id} makes a second claim
 * impossible, and the loser of a race reads the winner's arm. It holds no personal data: ids and the draw.
 * <p>
 * Records linked as one person ({@link LinkedRecords}) share the person's arm: a record without a claim of its own
 * takes the earliest claim of a linked record; when none of them has one, the draw is claimed once for the whole
 * group under the group's member ids ({@value #PERSON_COLLECTION}), so two linked records allocated at the same
 * moment still get one draw. Keyed by every member, not one: after an unlink the group is another one, so a record
 * later linked to someone else never takes a draw made for its former group. Records linked after each was allocated keep their own arms (see
 * {@code LinkedWithDifferentTrialArms}).
 */
@Component
class MongoTrialArmRegistry implements TrialArmRegistry, PersonTrialArms {

    static final String COLLECTION = "trial_arm_claims";
    static final String PERSON_COLLECTION = "trial_arm_person_claims";

    private final MongoTemplate mongo;
    private final TrialArmClaimsBackfill backfill;
    private final LinkedRecords links;
    private final Clock clock;

    MongoTrialArmRegistry(MongoTemplate mongo, TrialArmClaimsBackfill backfill, LinkedRecords links, Clock clock) {
        this.mongo = mongo;
        this.backfill = backfill;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Claim claim(String participantId, String enrolmentId, Supplier<TrialArmRandomiser.Draw> draw) {
        backfill.ensureDone();
        Document held = mongo.findById(participantId, Document.class, COLLECTION);
        if (held != null) {
            return claimOf(held);
        }
        Set<String> linked = links.linkedTo(participantId);
        Document person = linked.isEmpty() ? null : personClaim(participantId, linked, enrolmentId, draw);
        Document own = person == null ? claimDocument(participantId, enrolmentId, draw.get())
                : new Document(person).append("_id", participantId);
        try {
            mongo.insert(own.append("claimedAt", Date.from(clock.instant())), COLLECTION);
            return claimOf(own);
        } catch (DuplicateKeyException claimedMeanwhile) {
            // Another enrolment of the person claimed first: its draw is the person's, this one is never used.
            return claimOf(mongo.findById(participantId, Document.class, COLLECTION));
        }
    }

    /** The linked records' earliest claim, or else the group's one draw, claimed under the group's ids. */
    private Document personClaim(String participantId, Set<String> linked, String enrolmentId,
                                 Supplier<TrialArmRandomiser.Draw> draw) {
        Query claims = Query.query(Criteria.where("_id").in(linked));
        Document earliest = mongo.find(claims, Document.class, COLLECTION).stream()
                .min(Comparator.comparing((Document claim) -> claim.get("claimedAt", new Date(0)))
                        .thenComparing(claim -> claim.getString("_id")))
                .orElse(null);
        if (earliest != null) {
            return earliest;
        }
        TreeSet<String> group = new TreeSet<>(linked);
        group.add(participantId);
        String groupKey = String.join("+", group);
        try {
            Document claim = claimDocument(groupKey, enrolmentId, draw.get());
            mongo.insert(claim, PERSON_COLLECTION);
            return claim;
        } catch (DuplicateKeyException linkedRecordDrewFirst) {
            return mongo.findById(groupKey, Document.class, PERSON_COLLECTION);
        }
    }

    @Override
    public Optional<TrialArm> armOf(String participantId) {
        return Optional.ofNullable(mongo.findById(participantId, Document.class, COLLECTION))
                .map(held -> claimOf(held).arm());
    }

    static Document claimDocument(String participantId, String enrolmentId, TrialArmRandomiser.Draw draw) {
        return new Document("_id", participantId).append("enrolmentId", enrolmentId).append("drawn", draw.drawn())
                .append("drawRange", draw.drawRange()).append("treatmentBelow", draw.treatmentBelow());
    }

    private static Claim claimOf(Document held) {
        return new Claim(held.getString("enrolmentId"), new TrialArmRandomiser.Draw(held.getInteger("drawn"),
                held.getInteger("drawRange"), held.getInteger("treatmentBelow")));
    }
}
