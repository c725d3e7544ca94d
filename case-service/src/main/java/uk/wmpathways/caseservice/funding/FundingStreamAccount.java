package uk.wmpathways.caseservice.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.funding.CorrectFundingDrawdown;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The funding drawn down from one funding stream, identified by the stream's name and started by its first
 * drawdown. Its one rule across drawdowns: the total drawn down, corrections included, never exceeds the
 * stream's published allocation. An administrator records drawdowns; the reports divide them by outcomes.
 */
@Aggregate
class FundingStreamAccount {

    static final int MAX_REFERENCE_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 500;

    @AggregateIdentifier
    private FundingStream fundingStream;
    /** Drawdown id -> its amount now (pounds), corrections applied. */
    private final Map<String, BigDecimal> amountByDrawdown = new LinkedHashMap<>();
    /** Client request id -> the drawdown it recorded, so that a retry records nothing new. */
    private final Map<String, String> drawdownByRequest = new LinkedHashMap<>();

    FundingStreamAccount() {
        // for Axon: created by the first drawdown, then rebuilt from events
    }

    /** Records a drawdown and answers its id; a retry of a request already recorded answers the same id. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordFundingDrawdown command, Clock clock) {
        String earlier = command.requestId() == null ? null : drawdownByRequest.get(command.requestId());
        if (earlier != null) {
            return earlier;
        }
        List<FieldProblem> problems = new ArrayList<>();
        amountProblem("amountPounds", "Amount", command.amountPounds()).ifPresent(problems::add);
        LocalDate today = LocalDate.now(clock);
        if (command.drawnOn() == null) {
            problems.add(new FieldProblem("drawnOn", "Drawdown date is required"));
        } else if (command.drawnOn().isAfter(today)) {
            problems.add(new FieldProblem("drawnOn", "Drawdown date cannot be in the future"));
        }
        String reference = command.reference() == null ? null : command.reference().trim();
        if (reference == null || reference.isEmpty()) {
            problems.add(new FieldProblem("reference", "Reference is required"));
        } else if (reference.length() > MAX_REFERENCE_LENGTH) {
            problems.add(new FieldProblem("reference", "Reference must be at most " + MAX_REFERENCE_LENGTH
                    + " characters"));
        }
        throwIfAny(problems);
        requireWithinAllocation(command.fundingStream(), "amountPounds", totalDrawnDown().add(command.amountPounds()));
        String drawdownId = UUID.randomUUID().toString();
        apply(new FundingDrawnDown(command.fundingStream(), drawdownId, command.amountPounds(), command.drawnOn(),
                reference, command.requestId(), command.recordedBy(), clock.instant()));
        return drawdownId;
    }

    /**
     * Corrects the amount of a drawdown. A stream with nothing drawn down yet has no drawdown to correct: it is
     * answered as any unknown drawdown is (a problem with the id), not as a missing record, hence the policy.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(CorrectFundingDrawdown command, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal recorded = command.drawdownId() == null ? null : amountByDrawdown.get(command.drawdownId());
        if (recorded == null) {
            problems.add(new FieldProblem("drawdownId",
                    "No drawdown with this id is recorded for this funding stream"));
        }
        amountProblem("correctedAmountPounds", "Corrected amount", command.correctedAmountPounds())
                .ifPresent(problems::add);
        String reason = command.reason() == null ? null : command.reason().trim();
        if (reason == null || reason.isEmpty()) {
            problems.add(new FieldProblem("reason", "Reason for the correction is required"));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "Reason for the correction must be at most "
                    + MAX_REASON_LENGTH + " characters"));
        }
        throwIfAny(problems);
        BigDecimal corrected = command.correctedAmountPounds();
        if (corrected.compareTo(recorded) == 0) {
            throwIfAny(List.of(new FieldProblem("correctedAmountPounds",
                    "Nothing to correct: the drawdown already has this amount")));
        }
        requireWithinAllocation(command.fundingStream(), "correctedAmountPounds",
                totalDrawnDown().subtract(recorded).add(corrected));
        apply(new FundingDrawdownCorrected(command.fundingStream(), command.drawdownId(), corrected, reason,
                command.recordedBy(), clock.instant()));
        return command.drawdownId();
    }

    private static Optional<FieldProblem> amountProblem(String field, String label, BigDecimal amount) {
        if (amount == null) {
            return Optional.of(new FieldProblem(field, label + " is required"));
        }
        if (amount.signum() <= 0) {
            return Optional.of(new FieldProblem(field, label + " must be more than £0"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(new FieldProblem(field,
                    label + " is in pounds and pence: at most 2 decimal places"));
        }
        return Optional.empty();
    }

    private static void requireWithinAllocation(FundingStream stream, String field, BigDecimal newTotal) {
        BigDecimal allocation = BigDecimal.valueOf(stream.allocationPounds());
        if (newTotal.compareTo(allocation) > 0) {
            throwIfAny(List.of(new FieldProblem(field, "This would take the total drawn down from "
                    + stream.label() + " to " + pounds(newTotal) + ", above its allocation of "
                    + pounds(allocation))));
        }
    }

    private BigDecimal totalDrawnDown() {
        return amountByDrawdown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    @EventSourcingHandler
    void on(FundingDrawnDown event) {
        fundingStream = event.fundingStream();
        amountByDrawdown.put(event.drawdownId(), event.amountPounds());
        if (event.requestId() != null) {
            drawdownByRequest.put(event.requestId(), event.drawdownId());
        }
    }

    @EventSourcingHandler
    void on(FundingDrawdownCorrected event) {
        amountByDrawdown.put(event.drawdownId(), event.amountPounds());
    }
}
