package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.funding.CorrectFundingDrawdown;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Funding drawn down from each funding stream, recorded by administrators: the sums the reports divide by the
 * outcomes (cost per outcome). The total drawn down from a stream never exceeds its allocation.
 */
@RestController
@RequestMapping("/api/funding/{fundingStream}/drawdowns")
@Tag(name = "Funding drawdowns", description = "Administrators only. Errors are application/problem+json: 400 with "
        + "a message per field (errors), 403 for any other role.")
@PreAuthorize("hasRole('ADMIN')")
class FundingController {

    record DrawdownRequest(
            @Schema(example = "250000.00", description = "pounds, more than 0, with pence at most",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amountPounds,
            @Schema(example = "2025-04-01", description = "not in the future",
                    requiredMode = Schema.RequiredMode.REQUIRED) LocalDate drawnOn,
            @Schema(example = "Q1 claim 2025-26", description = "up to 100 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reference,
            @Schema(description = "optional: a retry with the same request id records nothing new and answers "
                    + "the same drawdown id") String requestId) {
    }

    record CorrectionRequest(
            @Schema(example = "245000.00", description = "the amount that should have been recorded",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal correctedAmountPounds,
            @Schema(example = "Invoice re-issued for the right amount", description = "up to 500 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    /** What a drawdown request recorded, or what a correction corrected. */
    record DrawdownAnswer(FundingStream fundingStream, String drawdownId) {
    }

    private final CommandGateway commands;

    FundingController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Record funding drawn down from a funding stream",
            description = "fundingStream: HOUSING_FIRST_PILOT, ROUGH_SLEEPING_INITIATIVE, THRIVE_INTO_WORK_TRIAL or "
                    + "THRIVE_INTO_WORK_EXPANSION (any case). 201 with the drawdown's id; 400 when a field is wrong "
                    + "or the total drawn down would exceed the stream's allocation.")
    ResponseEntity<DrawdownAnswer> recordDrawdown(@PathVariable String fundingStream,
                                                  @RequestBody DrawdownRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        FundingStream stream = check.requiredCode("fundingStream", "Funding stream", fundingStream, FundingStream.class);
        String requestId = check.requestId(request.requestId());
        check.done();
        String drawdownId = commands.sendAndWait(new RecordFundingDrawdown(stream, request.amountPounds(),
                request.drawnOn(), request.reference(), requestId, caller.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new DrawdownAnswer(stream, drawdownId));
    }

    @PostMapping("/{drawdownId}/correction")
    @Operation(summary = "Correct the amount of a drawdown recorded earlier, with the reason",
            description = "200 with the drawdown's id; 400 for a drawdown not recorded for this stream, a wrong "
                    + "field, an amount already recorded, or a total that would exceed the stream's allocation.")
    ResponseEntity<DrawdownAnswer> correctDrawdown(@PathVariable String fundingStream, @PathVariable String drawdownId,
                                                   @RequestBody CorrectionRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        FundingStream stream = check.requiredCode("fundingStream", "Funding stream", fundingStream, FundingStream.class);
        check.done();
        commands.sendAndWait(new CorrectFundingDrawdown(stream, drawdownId, request.correctedAmountPounds(),
                request.reason(), caller.getName()));
        return ResponseEntity.ok(new DrawdownAnswer(stream, drawdownId));
    }
}
