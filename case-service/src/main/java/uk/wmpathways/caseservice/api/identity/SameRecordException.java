package uk.wmpathways.caseservice.api.identity;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.util.List;

/** An identity decision needs two different records. */
public class SameRecordException extends InvalidCommandException {

    public SameRecordException() {
        super(List.of(new FieldProblem("otherParticipantId", "Choose another person's record than this one")));
    }
}
