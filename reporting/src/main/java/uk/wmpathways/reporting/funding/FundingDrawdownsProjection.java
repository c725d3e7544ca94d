package uk.wmpathways.reporting.funding;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.SplittablePerAggregate;
import uk.wmpathways.infra.readmodel.SequencedWrites;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdown;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdowns;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.ListFundingDrawdowns;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The drawdowns of each funding stream as they are now, for the administrators' funding view: one document a
 * drawdown, its amount replaced by each correction. Idempotent by the event's sequence number, so a replay or
 * a rebuild gives the same documents. Amounts are kept as exact decimal text. (The outcome reports keep their
 * own, versioned copy for "as at".)
 */
@Component
@ProcessingGroup(FundingDrawdownsProjection.PROCESSING_GROUP)
@SplittablePerAggregate
class FundingDrawdownsProjection {

    static final String PROCESSING_GROUP = "funding-drawdowns";
    private static final String STREAM = "fundingStream";
    private static final String DRAWN_ON = "drawnOn";
    private static final String AMOUNT = "amountPounds";
    private static final String RECORDED_AMOUNT = "recordedAmountPounds";
    private static final String REFERENCE = "reference";
    private static final String CORRECTIONS = "corrections";
    private static final String LAST_REASON = "lastCorrectionReason";
    private static final String RECORDED_AT = "recordedAt";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;

    FundingDrawdownsProjection(MongoTemplate mongo, ReadModelCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    @EventHandler
    void on(FundingDrawnDown event, @SequenceNumber long sequence) {
        String target = collections.target(PROCESSING_GROUP);
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.drawdownId())), target)) {
            return; // delivered again after a crash: it may have been corrected since
        }
        mongo.insert(new Document("_id", event.drawdownId())
                .append(STREAM, event.fundingStream().name())
                .append(DRAWN_ON, event.drawnOn().toString())
                .append(AMOUNT, event.amountPounds().toPlainString())
                .append(RECORDED_AMOUNT, event.amountPounds().toPlainString())
                .append(REFERENCE, event.reference())
                .append(CORRECTIONS, 0)
                .append(RECORDED_AT, event.recordedAt().toString())
                .append(SequencedWrites.LAST_SEQUENCE, sequence), target);
    }

    @EventHandler
    void on(FundingDrawdownCorrected event, @SequenceNumber long sequence) {
        SequencedWrites.apply(mongo, collections.target(PROCESSING_GROUP), event.drawdownId(), sequence,
                new Update().set(AMOUNT, event.amountPounds().toPlainString()).inc(CORRECTIONS, 1)
                        .set(LAST_REASON, event.reason()));
    }

    @ResetHandler
    void reset() {
        collections.dropTarget(PROCESSING_GROUP);
    }

    /** Administrators and programme managers (and the application itself); everyone else is refused. */
    @QueryHandler
    FundingDrawdowns handle(ListFundingDrawdowns query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.ADMIN) && !caller.has(Role.PROGRAMME_MANAGER)) {
            throw new AccessRefusedException("Only administrators and programme managers read funding drawdowns");
        }
        Query inStream = Query.query(Criteria.where(STREAM).is(query.fundingStream().name()))
                .with(Sort.by(Sort.Order.asc(DRAWN_ON), Sort.Order.asc(RECORDED_AT)));
        List<FundingDrawdown> drawdowns = mongo.find(inStream, Document.class, collections.live(PROCESSING_GROUP))
                .stream().map(FundingDrawdownsProjection::drawdown).toList();
        BigDecimal total = drawdowns.stream().map(FundingDrawdown::amountPounds).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new FundingDrawdowns(query.fundingStream(), BigDecimal.valueOf(query.fundingStream().allocationPounds()),
                total, drawdowns);
    }

    private static FundingDrawdown drawdown(Document document) {
        return new FundingDrawdown(document.getString("_id"), LocalDate.parse(document.getString(DRAWN_ON)),
                new BigDecimal(document.getString(AMOUNT)),
                new BigDecimal(document.getString(RECORDED_AMOUNT)), document.getString(REFERENCE),
                document.getInteger(CORRECTIONS, 0), document.getString(LAST_REASON),
                Instant.parse(document.getString(RECORDED_AT)));
    }
}
