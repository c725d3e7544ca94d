package uk.wmpathways.caseservice.participant;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QueryProcessingRestrictionsTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final QueryProcessingRestrictions restrictions = new QueryProcessingRestrictions(queries);
    private final MetaData caseworker = Caller.person("worker", Set.of(Role.CASEWORKER), "ORG", "test").toMetaData();

    QueryProcessingRestrictionsTest() {
        when(queries.query(eq(new IsProcessingRestricted("restricted")), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(true));
        when(queries.query(eq(new IsProcessingRestricted("free")), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(false));
    }

    @Test
    void theStepsOfOneUnitOfWorkAskOncePerPerson() {
        inUnitOfWork(caseworker, () -> {
            for (int step = 0; step < 3; step++) {
                inUnitOfWork(caseworker, () -> {
                    assertThat(restrictions.restricted("restricted")).isTrue();
                    assertThat(restrictions.restricted("free")).isFalse();
                });
            }
        });

        verify(queries, times(1)).query(eq(new IsProcessingRestricted("restricted")), any(ResponseType.class));
        verify(queries, times(1)).query(eq(new IsProcessingRestricted("free")), any(ResponseType.class));
    }

    @Test
    void everyCommandOfItsOwnAndEveryOtherCallerAsksAgain() {
        inUnitOfWork(caseworker, () -> restrictions.restricted("restricted"));
        inUnitOfWork(caseworker, () -> restrictions.restricted("restricted"));
        inUnitOfWork(caseworker, () -> inUnitOfWork(Caller.system("test").toMetaData(),
                () -> restrictions.restricted("restricted")));
        assertThat(restrictions.restricted("restricted")).isTrue();

        verify(queries, times(4)).query(eq(new IsProcessingRestricted("restricted")), any(ResponseType.class));
    }

    private static void inUnitOfWork(MetaData caller, Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("step", caller));
        work.run();
        unitOfWork.commit();
    }
}
