package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A worker's caseload and what is due, from the casework read models. */
@RestController
@Tag(name = "Caseload and due items")
@PreAuthorize("hasRole('CASEWORKER')")
class CaseloadController {

    static final int DEFAULT_DUE_WITHIN_DAYS = 14;

    private final QueryGateway queries;
    private final ProviderOrganisations organisations;
    private final Clock clock;

    CaseloadController(QueryGateway queries, ProviderOrganisations organisations, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/api/caseload")
    @Operation(summary = "A worker's active enrolments, soonest due first, and their count in each stage",
            description = "pathway and stage filter the list (codes in any case); name finds the participants whose "
                    + "name contains each of its words (plain words, any case); the counts by stage follow the "
                    + "pathway and name only. 400 for an unknown code.")
    Caseload caseload(@Parameter(description = "username; the caller when not given")
                      @RequestParam(required = false) String worker,
                      @Parameter(description = "HOUSING_FIRST, ROUGH_SLEEPING_INITIATIVE or THRIVE_INTO_WORK")
                      @RequestParam(required = false) String pathway,
                      @Parameter(description = "a stage code, e.g. HOUSED")
                      @RequestParam(required = false) String stage,
                      @Parameter(description = "words of the participant's name, e.g. 'sam dem'")
                      @RequestParam(required = false) String name,
                      Authentication caller) {
        InputCheck check = new InputCheck();
        Pathway pathwayWanted = check.code("pathway", "Pathway", pathway, Pathway.class);
        Stage stageWanted = check.code("stage", "Stage", stage, Stage.class);
        check.done();
        String whose = InputCheck.isBlank(worker) ? caller.getName() : worker.trim();
        return queries.query(new FindCaseload(whose, pathwayWanted, stageWanted, name),
                ResponseTypes.instanceOf(Caseload.class)).join();
    }

    @GetMapping("/api/due")
    @Operation(summary = "What is due on or before a date, overdue included, soonest first",
            description = "For one worker's active enrolments (the caller when neither worker nor organisation "
                    + "is given) or for an organisation's; not both. dueBy defaults to today + "
                    + DEFAULT_DUE_WITHIN_DAYS + " days (YYYY-MM-DD).")
    List<DueEntry> due(@Parameter(description = "username") @RequestParam(required = false) String worker,
                       @Parameter(description = "provider organisation code, e.g. DEMO-SUPPORT")
                       @RequestParam(required = false) String organisation,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                       Authentication caller) {
        InputCheck check = new InputCheck();
        String organisationCode = null;
        if (!InputCheck.isBlank(organisation)) {
            if (!InputCheck.isBlank(worker)) {
                check.add("organisation", "Ask for a worker or for an organisation, not both");
            } else {
                organisationCode = check.organisation("organisation", "Organisation", organisation, organisations);
            }
        }
        check.done();
        String whose = organisationCode != null ? null : InputCheck.isBlank(worker) ? caller.getName() : worker.trim();
        LocalDate by = dueBy != null ? dueBy : LocalDate.now(clock).plusDays(DEFAULT_DUE_WITHIN_DAYS);
        return queries.query(new FindDueItems(whose, organisationCode, by),
                ResponseTypes.multipleInstancesOf(DueEntry.class)).join();
    }
}
