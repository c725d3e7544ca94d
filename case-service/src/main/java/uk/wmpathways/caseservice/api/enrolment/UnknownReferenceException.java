package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.util.List;

/**
 * A step names a tenancy or a job that the enrolment never had. Nothing was recorded. An API that takes the id
 * from its path answers "not found"; the message names what was looked for, never the id.
 */
public class UnknownReferenceException extends InvalidCommandException {

    public UnknownReferenceException(String field, String message) {
        super(List.of(new FieldProblem(field, message)));
    }

    public static UnknownReferenceException tenancy() {
        return new UnknownReferenceException("tenancyId", "This enrolment has no tenancy with this id");
    }

    public static UnknownReferenceException job() {
        return new UnknownReferenceException("jobId", "No job with this id is recorded on this enrolment");
    }

    /** What was not found, in words. */
    public String what() {
        return problems().get(0).message();
    }
}
