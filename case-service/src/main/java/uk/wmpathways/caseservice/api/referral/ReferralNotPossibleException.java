package uk.wmpathways.caseservice.api.referral;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.util.List;

/**
 * A referral's own rule was broken (no reason to decline, an unknown organisation, the referrer's own
 * organisation): well-formed, but it cannot be done (422). Nothing was recorded.
 */
public class ReferralNotPossibleException extends InvalidCommandException {

    public ReferralNotPossibleException(List<FieldProblem> problems) {
        super(problems);
    }
}
