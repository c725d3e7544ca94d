package uk.wmpathways.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.client.ReportKind;
import uk.wmpathways.reporting.client.Reports;
import uk.wmpathways.reporting.export.ExportDescriptions;
import uk.wmpathways.reporting.export.ExportFormat;
import uk.wmpathways.reporting.export.ReportExportWriter;
import uk.wmpathways.reporting.export.ReportFileNames;
import uk.wmpathways.reporting.export.ReportRows;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Outcome reports for programme managers (and administrators), as JSON, CSV or an Excel workbook. Aggregates
 * only, already suppressed: nothing here can return a person's details.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Outcome reports")
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class ReportController {

    private static final String FORMATS = "JSON by default; CSV or an Excel workbook (attachment) with format=csv "
            + "or format=xlsx, or by the Accept header. Counts from 1 to 4 are shown as <5; a count "
            + "hidden only to protect another as [c] (confidential); equality breakdowns are rounded to the nearest 5. "
            + "Periods are whole calendar months that have ended (from the 1st of a month to the last day of a "
            + "month); as-at is the last day of a month, or today. 400 for a missing or invalid date, a period "
            + "that is not whole months or ends before it starts, an as-at date in the future or mid-month, or an "
            + "unknown code.";

    private final Reports reports;
    private final ExportDescriptions descriptions;
    private final ProviderOrganisations organisations;
    private final Clock clock;

    ReportController(Reports reports, ExportDescriptions descriptions, ProviderOrganisations organisations,
                     Clock clock) {
        this.reports = reports;
        this.descriptions = descriptions;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/thrive-into-work")
    @Operation(summary = "Thrive into Work: supported, job starts, job conversion, sustainment, employer contact, "
            + "breakdowns and the trial effect", description = FORMATS)
    ResponseEntity<Object> thriveIntoWork(@ParameterObject ReportRequest request,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                          HttpServletResponse response) throws IOException {
        return answer(ReportKind.THRIVE_INTO_WORK, null, request, accept, response);
    }

    @GetMapping("/housing-first")
    @Operation(summary = "Housing First: referrals, accepted, accommodated, tenancy sustainment", description = FORMATS)
    ResponseEntity<Object> housingFirst(@ParameterObject ReportRequest request,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletResponse response) throws IOException {
        return answer(ReportKind.HOUSING_FIRST, null, request, accept, response);
    }

    @GetMapping("/rough-sleeping")
    @Operation(summary = "Rough Sleeping Initiative: supported, new, accommodated, moved on, returned",
            description = FORMATS)
    ResponseEntity<Object> roughSleeping(@ParameterObject ReportRequest request,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                         HttpServletResponse response) throws IOException {
        return answer(ReportKind.ROUGH_SLEEPING, null, request, accept, response);
    }

    @GetMapping("/funding")
    @Operation(summary = "Funding: drawn down, outcomes and cost per outcome in the period and programme to date,"
            + " and fiscal benefit, per funding stream",
            description = "In the period: drawdowns dated in the period over the period's outcomes"
                    + " (drawnDownPounds, outcomes, costPerOutcomePounds). Programme to date: every drawdown up to the"
                    + " period's end over every outcome up to it (drawnDownToDatePounds, outcomesToDate,"
                    + " costPerOutcomeToDatePounds). " + FORMATS)
    ResponseEntity<Object> funding(@ParameterObject ReportRequest request,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                   HttpServletResponse response) throws IOException {
        return answer(ReportKind.FUNDING, null, request, accept, response);
    }

    @GetMapping("/gp-referrals")
    @Operation(summary = "GP referrals into Thrive into Work: received, accepted, rejected by reason, cancelled, "
            + "awaiting a decision, and days from referral to first contact, per practice and local authority",
            description = FORMATS)
    ResponseEntity<Object> gpReferrals(@ParameterObject ReportRequest request,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       HttpServletResponse response) throws IOException {
        return answer(ReportKind.GP_REFERRALS, null, request, accept, response);
    }

    @GetMapping("/equality/{pathway}")
    @Operation(summary = "A pathway's headline rate by ethnicity, sex, age band and disability",
            description = FORMATS)
    ResponseEntity<Object> equality(@Parameter(description = "thrive-into-work, housing-first or "
                                            + "rough-sleeping-initiative (or the code, e.g. THRIVE_INTO_WORK)")
                                    @PathVariable String pathway,
                                    @ParameterObject ReportRequest request,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                    HttpServletResponse response) throws IOException {
        return answer(ReportKind.EQUALITY, ReportParameters.pathway(pathway), request, accept, response);
    }

    private ResponseEntity<Object> answer(ReportKind kind, Pathway pathway, ReportRequest request, String accept,
                                          HttpServletResponse response) throws IOException {
        ExportFormat format = FormatNegotiation.choose(request.format(), accept);
        LocalDate today = LocalDate.now(clock);
        ReportCriteria criteria = ReportParameters.criteria(request.from(), request.to(), request.asAt(),
                request.localAuthority(), request.providerOrganisation(), request.fundingStream(), today,
                organisations);
        Object report = answerOf(kind, criteria, pathway);
        if (format == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        String name = pathway == null ? kind.slug() : kind.slug() + "-" + ReportFileNames.slug(pathway.label());
        String title = pathway == null ? kind.title() : kind.title() + ": " + pathway.label();
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(format == ExportFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReportFileNames.of(name, criteria, today, format)).build().toString());
        try (ReportExportWriter writer = ReportExportWriter.open(format, response.getOutputStream(),
                descriptions.describe(title, criteria, kind.definitions()))) {
            writer.write(ReportRows.of(report));
        }
        return null;
    }

    private Object answerOf(ReportKind kind, ReportCriteria criteria, Pathway pathway) {
        try {
            return reports.report(kind, criteria, pathway).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TimeoutException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The report took too long to prepare; please try again shortly");
                problem.setTitle("Try again");
                throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
