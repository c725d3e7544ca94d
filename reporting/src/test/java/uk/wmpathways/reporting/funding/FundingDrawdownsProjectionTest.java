package uk.wmpathways.reporting.funding;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdown;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdowns;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.ListFundingDrawdowns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.HOUSING_FIRST_PILOT;

/**
 * The drawdowns of a funding stream as they are now, read by administrators and programme managers only. Each
 * test's drawdowns have ids of their own (the event store is shared by the tests of the context).
 */
@SpringBootTest
class FundingDrawdownsProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private FundingDrawdowns listAs(Role role) {
        Caller caller = Caller.person("someone", Set.of(role), role == Role.CASEWORKER ? "DEMO-SUPPORT" : null,
                "test");
        try {
            return queries.query(new GenericMessage<>(new ListFundingDrawdowns(HOUSING_FIRST_PILOT),
                    caller.toMetaData()), ResponseTypes.instanceOf(FundingDrawdowns.class)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Optional<FundingDrawdown> drawdown(String id) {
        return listAs(Role.ADMIN).drawdowns().stream().filter(d -> d.drawdownId().equals(id)).findFirst();
    }

    @Test
    void aDrawdownIsListedWithItsCorrectionAppliedAndItsFirstAmountKept() {
        String aggregate = "funding-" + run;
        String id = "d-" + run;
        Instant recordedAt = Instant.parse("2025-04-02T10:00:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 0, new FundingDrawnDown(
                HOUSING_FIRST_PILOT, id, new BigDecimal("1000.00"), LocalDate.of(2025, 4, 1), "INV-" + run, null,
                "admin", recordedAt)));
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 1,
                new FundingDrawdownCorrected(HOUSING_FIRST_PILOT, id, new BigDecimal("1250.50"), "Invoice misread",
                        "admin", recordedAt.plusSeconds(60))));

        await().atMost(Duration.ofSeconds(30)).until(() -> drawdown(id).map(FundingDrawdown::corrections)
                .orElse(0) == 1);

        assertThat(drawdown(id)).contains(new FundingDrawdown(id, LocalDate.of(2025, 4, 1),
                new BigDecimal("1250.50"), new BigDecimal("1000.00"), "INV-" + run, 1, "Invoice misread", recordedAt));
        FundingDrawdowns all = listAs(Role.PROGRAMME_MANAGER);
        assertThat(all.allocationPounds()).isEqualByComparingTo("9600000");
        assertThat(all.totalPounds()).isEqualByComparingTo(all.drawdowns().stream()
                .map(FundingDrawdown::amountPounds).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void caseworkersGpReferrersAndTheDataProtectionOfficerAreRefused() {
        for (Role role : Set.of(Role.CASEWORKER, Role.GP_REFERRER, Role.DATA_PROTECTION)) {
            assertThat(catchThrowable(() -> listAs(role))).as(role.name())
                    .isInstanceOf(AccessRefusedException.class);
        }
    }
}
