package uk.wmpathways.gpreferrals.intake;

import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.Optional;

/**
 * Which practice a GP referrer's account belongs to: its ODS code, kept on the account ({@code practiceOdsCode},
 * set by an administrator). The seam where production would read the practice from the caller's NHS
 * system-to-system credentials instead (see docs/gp-referrals.md).
 */
@Component
public class GpPractices {

    private final UserAccounts accounts;

    public GpPractices(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The caller's practice ODS code: empty for anyone who is not a GP referrer linked to a practice. */
    public Optional<String> practiceOf(Caller caller) {
        if (!caller.has(Role.GP_REFERRER)) {
            return Optional.empty();
        }
        return accounts.find(caller.username()).filter(UserAccount::enabled).map(UserAccount::practiceOdsCode)
                .filter(code -> !code.isBlank());
    }
}
