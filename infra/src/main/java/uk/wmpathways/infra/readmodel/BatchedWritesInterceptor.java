package uk.wmpathways.infra.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives each batch of a processor its {@link BatchedWrites} and flushes them after the batch's last event:
 * still in the handling phase, so before the tracking processor stores its token (which it does when the
 * batch commits). A failed flush fails the batch, which the processor then handles again.
 */
final class BatchedWritesInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final MongoTemplate mongo;

    BatchedWritesInterceptor(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        BatchedWrites writes = unitOfWork.getOrComputeResource(BatchedWrites.RESOURCE,
                key -> new BatchedWrites(mongo, true));
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            writes.flush();
        }
        return result;
    }
}
