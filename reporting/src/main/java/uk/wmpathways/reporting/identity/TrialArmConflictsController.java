package uk.wmpathways.reporting.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.ListTrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflicts;

/** The trial manager's list of linked records with different arms. Who may read it is the query handler's rule. */
@RestController
@Tag(name = "Duplicates")
class TrialArmConflictsController {

    private final QueryGateway queries;

    TrialArmConflictsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/trial-arm-conflicts")
    @Operation(summary = "Records linked as one person after each was allocated a different trial arm",
            description = "Newest first; each with both records' ids and arms, when linked, and whether a later "
                    + "decision unlinked them (resolved). Programme managers only (403 problem+json otherwise)")
    TrialArmConflicts list() {
        return queries.query(new ListTrialArmConflicts(), ResponseTypes.instanceOf(TrialArmConflicts.class)).join();
    }
}
