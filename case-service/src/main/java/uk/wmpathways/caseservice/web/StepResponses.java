package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI description of the answers of the enrolment steps, one annotation per kind of step. */
final class StepResponses {

    private StepResponses() {
    }

    /** A step that creates something (and starting an enrolment): 201. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "Recorded (or a retry of a recorded request). Location: the "
            + "enrolment. The body holds the new thing's id and the enrolment's version.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = StepAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input: a message per field (errors)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown participant or enrolment",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not allowed in the enrolment's current state (detail: why; "
            + "step), or expectedVersion is stale (currentVersion)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @interface Creates {
    }

    /** A step that changes the enrolment without creating anything: 200. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "Recorded (or a retry of a recorded request). The body holds "
            + "the enrolment's version.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = StepAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input: a message per field (errors)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown enrolment (or tenancy, job)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not allowed in the enrolment's current state (detail: why; "
            + "step), or expectedVersion is stale (currentVersion)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @interface Changes {
    }
}
