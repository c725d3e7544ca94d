package uk.wmpathways.caseservice.funding;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.funding.CorrectFundingDrawdown;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;
import uk.wmpathways.infra.time.UkTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Funding drawdowns of a stream: recorded, retried, corrected, and never above the stream's allocation. */
class FundingStreamAccountTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, UkTime.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant EARLIER = Instant.parse("2026-06-01T09:00:00Z");
    static final FundingStream STREAM = FundingStream.ROUGH_SLEEPING_INITIATIVE; // £1.2m
    static final String BY = "admin";

    private FixtureConfiguration<FundingStreamAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingStreamAccount.class);
        fixture.registerInjectableResource(CLOCK);
    }

    static RecordFundingDrawdown drawdown(String amount, LocalDate drawnOn, String reference, String requestId) {
        return new RecordFundingDrawdown(STREAM, amount == null ? null : new BigDecimal(amount), drawnOn, reference,
                requestId, BY);
    }

    static FundingDrawnDown drawnDown(String drawdownId, String amount, String requestId) {
        return new FundingDrawnDown(STREAM, drawdownId, new BigDecimal(amount), TODAY.minusMonths(3), "Claim 1",
                requestId, BY, EARLIER);
    }

    static CorrectFundingDrawdown correction(String drawdownId, String amount, String reason) {
        return new CorrectFundingDrawdown(STREAM, drawdownId, amount == null ? null : new BigDecimal(amount), reason,
                BY);
    }

    // --- Recording a drawdown

    @Test
    void theFirstDrawdownOfAStreamIsRecordedWithANewIdAndATrimmedReference() {
        NewId drawdownId = new NewId();
        fixture.givenNoPriorActivity()
                .when(drawdown("250000.50", TODAY.minusDays(10), "  Q1 claim RSI-2026-01 ", "req-1"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(drawdownId)
                .expectEvents(new FundingDrawnDown(STREAM, drawdownId.value(), new BigDecimal("250000.50"),
                        TODAY.minusDays(10), "Q1 claim RSI-2026-01", "req-1", BY, NOW));
    }

    @Test
    void aLaterDrawdownIsRecordedBesideTheEarlierOnes() {
        NewId drawdownId = new NewId();
        fixture.given(drawnDown("d-1", "100000", "req-1"))
                .when(drawdown("50000", TODAY, "Q2 claim", "req-2"))
                .expectResultMessagePayloadMatching(drawdownId)
                .expectEvents(new FundingDrawnDown(STREAM, drawdownId.value(), new BigDecimal("50000"), TODAY,
                        "Q2 claim", "req-2", BY, NOW));
    }

    @Test
    void aRetryWithTheSameRequestIdRecordsNothingAndAnswersTheSameDrawdown() {
        fixture.given(drawnDown("d-1", "100000", "req-1"))
                .when(drawdown("100000", TODAY, "Claim 1", "req-1"))
                .expectResultMessagePayload("d-1")
                .expectNoEvents();
    }

    @Test
    void theAmountIsRequiredAndMoreThanNothing() {
        for (String amount : new String[] {"0", "-10", "0.00"}) {
            setUp();
            fixture.givenNoPriorActivity()
                    .when(drawdown(amount, TODAY, "Claim", null))
                    .expectNoEvents()
                    .expectException(withProblems(problem("amountPounds", "Amount must be more than £0")));
        }
        setUp();
        fixture.givenNoPriorActivity()
                .when(drawdown(null, TODAY, "Claim", null))
                .expectException(withProblems(problem("amountPounds", "Amount is required")));
    }

    @Test
    void theAmountIsInPoundsAndPence() {
        fixture.givenNoPriorActivity()
                .when(drawdown("1000.005", TODAY, "Claim", null))
                .expectNoEvents()
                .expectException(withProblems(problem("amountPounds",
                        "Amount is in pounds and pence: at most 2 decimal places")));
        setUp();
        fixture.givenNoPriorActivity()
                .when(drawdown("1000.500", TODAY, "Claim", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theDrawdownDateIsRequiredAndNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(drawdown("1000", TODAY.plusDays(1), "Claim", null))
                .expectNoEvents()
                .expectException(withProblems(problem("drawnOn", "Drawdown date cannot be in the future")));
        setUp();
        fixture.givenNoPriorActivity()
                .when(drawdown("1000", null, "Claim", null))
                .expectException(withProblems(problem("drawnOn", "Drawdown date is required")));
    }

    @Test
    void aReferenceIsRequiredAndAtMostAHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(drawdown("1000", TODAY, "  ", null))
                .expectNoEvents()
                .expectException(withProblems(problem("reference", "Reference is required")));
        setUp();
        fixture.givenNoPriorActivity()
                .when(drawdown("1000", TODAY, "r".repeat(101), null))
                .expectException(withProblems(problem("reference", "Reference must be at most 100 characters")));
        setUp();
        fixture.givenNoPriorActivity()
                .when(drawdown("1000", TODAY, " " + "r".repeat(100) + " ", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void everyProblemWithTheFieldsIsToldAtOnce() {
        fixture.givenNoPriorActivity()
                .when(drawdown("-1", null, null, null))
                .expectException(withProblems(
                        problem("amountPounds", "Amount must be more than £0"),
                        problem("drawnOn", "Drawdown date is required"),
                        problem("reference", "Reference is required")));
    }

    @Test
    void theTotalDrawnDownCannotGoAboveTheAllocation() {
        fixture.given(drawnDown("d-1", "1000000", null))
                .when(drawdown("200000.01", TODAY, "Claim 2", null))
                .expectNoEvents()
                .expectException(withProblems(problem("amountPounds", "This would take the total drawn down from "
                        + "Rough Sleeping Initiative to £1,200,000.01, above its allocation of £1,200,000.00")));
    }

    @Test
    void theWholeAllocationCanBeDrawnDown() {
        NewId drawdownId = new NewId();
        fixture.given(drawnDown("d-1", "1000000", null))
                .when(drawdown("200000", TODAY, "Claim 2", null))
                .expectResultMessagePayloadMatching(drawdownId)
                .expectEvents(new FundingDrawnDown(STREAM, drawdownId.value(), new BigDecimal("200000"), TODAY,
                        "Claim 2", null, BY, NOW));
    }

    // --- Correcting a drawdown

    @Test
    void aDrawdownsAmountIsCorrectedWithTheReason() {
        fixture.given(drawnDown("d-1", "500000", "req-1"))
                .when(correction("d-1", "450000.25", " Invoice re-issued for the right amount "))
                .expectResultMessagePayload("d-1")
                .expectEvents(new FundingDrawdownCorrected(STREAM, "d-1", new BigDecimal("450000.25"),
                        "Invoice re-issued for the right amount", BY, NOW));
    }

    @Test
    void onlyADrawdownRecordedForTheStreamCanBeCorrected() {
        fixture.given(drawnDown("d-1", "500000", null))
                .when(correction("d-404", "400000", "Wrong amount"))
                .expectNoEvents()
                .expectException(withProblems(problem("drawdownId",
                        "No drawdown with this id is recorded for this funding stream")));
        setUp();
        fixture.givenNoPriorActivity()
                .when(correction("d-1", "400000", "Wrong amount"))
                .expectNoEvents()
                .expectException(withProblems(problem("drawdownId",
                        "No drawdown with this id is recorded for this funding stream")));
    }

    @Test
    void theCorrectedAmountIsMoreThanNothingInPoundsAndPenceAndTheReasonIsRequired() {
        fixture.given(drawnDown("d-1", "500000", null))
                .when(correction("d-1", "0", " "))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("correctedAmountPounds", "Corrected amount must be more than £0"),
                        problem("reason", "Reason for the correction is required")));
        setUp();
        fixture.given(drawnDown("d-1", "500000", null))
                .when(correction("d-1", "10.001", "r".repeat(501)))
                .expectException(withProblems(
                        problem("correctedAmountPounds",
                                "Corrected amount is in pounds and pence: at most 2 decimal places"),
                        problem("reason", "Reason for the correction must be at most 500 characters")));
    }

    @Test
    void aCorrectionToTheAmountAlreadyRecordedIsNothingToCorrect() {
        fixture.given(drawnDown("d-1", "500000", null))
                .when(correction("d-1", "500000.00", "Checked again"))
                .expectNoEvents()
                .expectException(withProblems(problem("correctedAmountPounds",
                        "Nothing to correct: the drawdown already has this amount")));
    }

    @Test
    void aCorrectionCannotTakeTheTotalAboveTheAllocation() {
        fixture.given(drawnDown("d-1", "1000000", null), drawnDown("d-2", "100000", null))
                .when(correction("d-2", "200000.01", "Under-recorded"))
                .expectNoEvents()
                .expectException(withProblems(problem("correctedAmountPounds", "This would take the total drawn "
                        + "down from Rough Sleeping Initiative to £1,200,000.01, above its allocation of £1,200,000.00")));
        setUp();
        fixture.given(drawnDown("d-1", "1000000", null), drawnDown("d-2", "100000", null))
                .when(correction("d-2", "200000", "Under-recorded"))
                .expectEvents(new FundingDrawdownCorrected(STREAM, "d-2", new BigDecimal("200000"), "Under-recorded",
                        BY, NOW));
    }

    @Test
    void aCorrectedAmountReplacesTheFirstInTheTotal() {
        NewId drawdownId = new NewId();
        fixture.given(drawnDown("d-1", "1000000", null),
                        new FundingDrawdownCorrected(STREAM, "d-1", new BigDecimal("200000"), "Typo", BY, EARLIER))
                .when(drawdown("1000000", TODAY, "Claim 2", null))
                .expectResultMessagePayloadMatching(drawdownId)
                .expectEvents(new FundingDrawnDown(STREAM, drawdownId.value(), new BigDecimal("1000000"), TODAY,
                        "Claim 2", null, BY, NOW));
    }

    // --- Matchers

    static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }

    static Matcher<InvalidCommandException> withProblems(FieldProblem... expected) {
        return new FeatureMatcher<>(Matchers.equalTo(List.of(expected)), "rejection with problems", "problems") {
            @Override
            protected List<FieldProblem> featureValueOf(InvalidCommandException rejection) {
                return rejection.problems();
            }
        };
    }
}
