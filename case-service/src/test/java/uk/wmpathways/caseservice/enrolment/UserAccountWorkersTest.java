package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UserAccountWorkersTest {

    private final UserAccounts accounts = mock(UserAccounts.class);
    private final UserAccountWorkers workers = new UserAccountWorkers(accounts);

    private void account(String username, Set<Role> roles, boolean enabled, String organisation) {
        when(accounts.find(username)).thenReturn(Optional.of(
                new UserAccount(username, "{noop}x", username, roles, enabled, organisation)));
    }

    @Test
    void anEnabledCaseworkerIsAWorkerOfTheirOrganisation() {
        account("casey", Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT");
        assertThat(workers.caseworker("casey")).contains(new Workers.Caseworker("casey", "DEMO-SUPPORT"));
        assertThat(workers.caseworker("casey").orElseThrow().mayWorkFor("DEMO-SUPPORT")).isTrue();
        assertThat(workers.caseworker("casey").orElseThrow().mayWorkFor("HOMES-FIRST")).isFalse();
    }

    @Test
    void aCaseworkerOfNoOrganisationMayWorkForAny() {
        account("roaming", Set.of(Role.CASEWORKER), true, null);
        assertThat(workers.caseworker("roaming").orElseThrow().mayWorkFor("HOMES-FIRST")).isTrue();
    }

    @Test
    void disabledAccountsOtherRolesAndUnknownNamesAreNoWorkers() {
        account("gone", Set.of(Role.CASEWORKER), false, "DEMO-SUPPORT");
        account("manager", Set.of(Role.PROGRAMME_MANAGER), true, null);
        when(accounts.find("nobody")).thenReturn(Optional.empty());
        assertThat(workers.caseworker("gone")).isEmpty();
        assertThat(workers.caseworker("manager")).isEmpty();
        assertThat(workers.caseworker("nobody")).isEmpty();
        assertThat(workers.caseworker(null)).isEmpty();
    }
}
