package uk.wmpathways.gpreferrals.intake;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A referral message refused, with every problem found and the HTTP status that says what kind of refusal it is
 * (400 invalid, 403 not from the caller's practice, 422 breaks a rule). Nothing was recorded. The message names
 * no personal data.
 */
public class ReferralRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final List<ReferralProblem> problems;

    public ReferralRefusedException(HttpStatus status, List<ReferralProblem> problems) {
        super("Referral refused (" + status.value() + ", " + problems.size() + " problems)");
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpStatus status() {
        return status;
    }

    public List<ReferralProblem> problems() {
        return problems;
    }
}
