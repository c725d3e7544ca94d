package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.subjectaccess.SubjectAccessProblems.UnknownRequestException;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ExportFormat;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FetchSubjectAccessExport;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FindSubjectAccessRequest;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ListSubjectAccessRequests;
import uk.wmpathways.reporting.api.SubjectAccessQueries.StartSubjectAccess;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessFile;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Subject access requests over HTTP, for the data protection role. The handlers decide who may
 * ({@link SubjectAccessQueryHandlers}); the annotation only answers the others sooner.
 */
@RestController
@RequestMapping("/api/data-protection/subject-access-requests")
@Tag(name = "Subject access")
@PreAuthorize("hasRole('DATA_PROTECTION')")
class SubjectAccessController {

    private final QueryGateway queries;
    private final Clock clock;

    SubjectAccessController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    record StartRequest(String participantId) {
    }

    record Progress(int done, int total) {
    }

    /** A request as the API shows it, with the days left to the one-month deadline. */
    record RequestView(String id, String participantId, String requestedBy, LocalDate receivedOn, LocalDate dueBy,
                       long daysLeft, SubjectAccessRequest.Status status, Progress progress, int flaggedNotes,
                       int notesNamingAnotherPerson, Instant completedAt, String failure) {

        static RequestView of(SubjectAccessRequest request, LocalDate today) {
            return new RequestView(request.id(), request.participantId(), request.requestedBy(),
                    request.receivedOn(), request.dueBy(), request.daysLeft(today), request.status(),
                    new Progress(request.done(), request.total()), request.flaggedNotes(), request.namingOthers(),
                    request.completedAt(), request.failure());
        }
    }

    @PostMapping
    @Operation(summary = "Record a subject access request for a participant and start the export (202; 404 for "
            + "an unknown participant)")
    ResponseEntity<RequestView> start(@RequestBody(required = false) StartRequest body) {
        SubjectAccessRequest request = queries.query(new StartSubjectAccess(body == null ? null : body.participantId()),
                ResponseTypes.instanceOf(SubjectAccessRequest.class)).join();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/data-protection/subject-access-requests/" + request.id()))
                .body(RequestView.of(request, today()));
    }

    @GetMapping
    @Operation(summary = "Every subject access request, newest first, with its deadline and days left")
    List<RequestView> list() {
        LocalDate today = today();
        return queries.query(new ListSubjectAccessRequests(),
                        ResponseTypes.multipleInstancesOf(SubjectAccessRequest.class)).join().stream()
                .map(request -> RequestView.of(request, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request: status, progress and deadline")
    RequestView find(@PathVariable String id) {
        SubjectAccessRequest request = queries.query(new FindSubjectAccessRequest(id),
                ResponseTypes.instanceOf(SubjectAccessRequest.class)).join();
        if (request == null) {
            throw new UnknownRequestException();
        }
        return RequestView.of(request, today());
    }

    @GetMapping("/{id}/export.json")
    @Operation(summary = "The machine-readable export (409 while it is not ready)")
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return file(id, ExportFormat.JSON);
    }

    @GetMapping("/{id}/export.html")
    @Operation(summary = "The export for the person, in plain words (409 while it is not ready)")
    ResponseEntity<byte[]> html(@PathVariable String id) {
        return file(id, ExportFormat.HTML);
    }

    private ResponseEntity<byte[]> file(String id, ExportFormat format) {
        SubjectAccessFile file = queries.query(new FetchSubjectAccessExport(id, format),
                ResponseTypes.instanceOf(SubjectAccessFile.class)).join();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    private LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }
}
