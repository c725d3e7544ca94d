package uk.wmpathways.reporting.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds.Status;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;

import java.util.List;

/**
 * Operators' view of the projections, and the action that rebuilds one from the events. An unknown projection
 * (404) and a rebuild already running (409) are answered by {@code ReportingProblems}.
 */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Every projection with its live collection and any rebuild's progress")
    List<Status> all() {
        return rebuilds.all();
    }

    @GetMapping("/{projection}")
    @Operation(summary = "One projection's status", description = "404 for an unknown projection")
    Status one(@PathVariable String projection) {
        return rebuilds.status(projection);
    }

    @PostMapping("/{projection}/rebuild")
    @Operation(summary = "Rebuild a projection from the events, online",
            description = "202 with the status to follow; 404 for an unknown projection; 409 while a rebuild runs")
    ResponseEntity<Status> rebuild(@PathVariable String projection) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start(projection));
    }
}
