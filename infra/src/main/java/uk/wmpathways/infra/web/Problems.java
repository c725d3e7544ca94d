package uk.wmpathways.infra.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The shape of every problem+json answer of the API, for infra's handlers and every module's mapper alike. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** 400 "Invalid input": the messages joined as the detail, and each field in {@code errors}. */
    public static ProblemDetail invalidInput(List<InvalidField> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                fields.stream().map(InvalidField::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", fields);
        return problem;
    }

    /** 429: sign-in (or a change of password) paused after repeated failures, the same for every username. */
    public static ProblemDetail tooManyFailedSignIns(Duration retryAfter) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                "Sign-in is paused after repeated failures. Try again in " + retryAfter.toSeconds()
                        + " seconds, or ask an administrator to unlock the account.");
    }
}
