package uk.wmpathways.reporting.gpreferral;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.ListGpReferralInbox;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.access.ReadAccess;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static uk.wmpathways.reporting.gpreferral.GpReferralInboxProjection.COLLECTION;

/**
 * The inbox queries, decided here from the caller in the query's metadata: a caseworker of the receiving
 * organisation reads its referrals in full (logged, like any read that shows people); a programme manager (the
 * combined authority or a funder, across providers: no organisation of theirs) reads the worklist of every receiving
 * organisation without the person, whatever organisation their account names; anyone else, or another
 * organisation's referral, is refused.
 */
@Component
class GpReferralInboxQueryHandlers {

    static final int MOST = 1000;

    private final MongoTemplate mongo;
    private final ReadAccess access;

    GpReferralInboxQueryHandlers(MongoTemplate mongo, ReadAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    @QueryHandler
    List<GpReferralInboxEntry> handle(ListGpReferralInbox query, MetaData metaData) {
        Caller caller = inboxReader(metaData);
        Criteria criteria = readsEveryOrganisation(caller) ? new Criteria()
                : Criteria.where("receivingOrganisation").is(caller.organisation());
        if (query.status() != null && !query.status().isBlank()) {
            criteria = criteria.and("status").is(query.status().trim());
        }
        List<GpReferralInboxDocument> referrals = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("_id"))).limit(MOST),
                GpReferralInboxDocument.class, COLLECTION);
        if (!showsThePerson(caller)) {
            return referrals.stream().map(GpReferralInboxDocument::withoutThePerson).toList();
        }
        access.searched(caller, AccessAction.LIST_REFERRALS, "GP referral inbox",
                referrals.stream().map(GpReferralInboxDocument::dataSubject).toList());
        return referrals.stream().map(GpReferralInboxDocument::inFull).toList();
    }

    @QueryHandler
    Optional<GpReferralInboxEntry> handle(FindGpReferralInboxEntry query, MetaData metaData) {
        Caller caller = inboxReader(metaData);
        GpReferralInboxDocument referral = query.referralId() == null ? null
                : mongo.findById(query.referralId(), GpReferralInboxDocument.class, COLLECTION);
        if (referral == null) {
            return Optional.empty();
        }
        if (!readsEveryOrganisation(caller)
                && !Objects.equals(caller.organisation(), referral.receivingOrganisation())) {
            throw access.refused(caller, AccessAction.VIEW_REFERRAL, referral.dataSubject(), null,
                    new AccessRefusedException("This GP referral was sent to another organisation"));
        }
        if (!showsThePerson(caller)) {
            return Optional.of(referral.withoutThePerson());
        }
        access.viewed(caller, AccessAction.VIEW_REFERRAL, AccessPurpose.OWN_ORGANISATION,
                List.of(referral.dataSubject()), referral.enrolmentId());
        return Optional.of(referral.inFull());
    }

    private static Caller inboxReader(MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (caller.system()) {
            return caller;
        }
        boolean caseworker = caller.has(Role.CASEWORKER) && caller.organisation() != null;
        if (!caseworker && !caller.has(Role.PROGRAMME_MANAGER)) {
            throw new AccessRefusedException(
                    "Only the receiving organisation's caseworkers and programme managers read its GP referrals");
        }
        return caller;
    }

    private static boolean readsEveryOrganisation(Caller caller) {
        return caller.system() || (caller.has(Role.PROGRAMME_MANAGER) && !caller.has(Role.CASEWORKER));
    }

    private static boolean showsThePerson(Caller caller) {
        return caller.system() || caller.has(Role.CASEWORKER);
    }
}
