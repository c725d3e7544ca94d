package uk.wmpathways.caseservice.enrolment;

import org.springframework.stereotype.Component;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.Optional;

/** Workers are the sign-in accounts with the caseworker role. */
@Component
class UserAccountWorkers implements Workers {

    private final UserAccounts accounts;

    UserAccountWorkers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Caseworker> caseworker(String username) {
        return username == null ? Optional.empty() : accounts.find(username)
                .filter(UserAccount::isCaseworker)
                .map(account -> new Caseworker(account.username(), account.organisation()));
    }
}
