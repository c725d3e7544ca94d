package uk.wmpathways.ui.casework;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People and organisations by the names people know them by, and who is signed in. */
@Component
public class Directory {

    private final UserAccounts accounts;
    private final ProviderOrganisations organisations;
    private final AuthenticationContext authentication;

    public Directory(UserAccounts accounts, ProviderOrganisations organisations, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.authentication = authentication;
    }

    /** The signed-in person's username: what the UI sends as {@code recordedBy}. */
    public String me() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** The organisation the signed-in person works for, when they belong to one. */
    public Optional<String> myOrganisation() {
        return accounts.find(me()).map(UserAccount::organisation);
    }

    public String displayNameOf(String username) {
        return username == null ? "Nobody assigned" : accounts.displayNameOf(username);
    }

    public String organisationName(String code) {
        return organisations.nameOf(code);
    }

    /** Code to name of the organisations taking on work (a retired one is not offered). */
    public Map<String, String> organisations() {
        return organisations.active();
    }

    /** Enabled caseworkers of the organisation, by display name. */
    public List<UserAccount> caseworkersOf(String organisation) {
        return organisation == null ? List.of() : accounts.caseworkers(organisation);
    }
}
