package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's "Accounts" page: a new account through the form (its problems shown on the fields), the
 * one-time password shown once, and disabling an account from its row. Others are not offered the page.
 */
class AccountsAdminBrowserTest extends CaseworkBrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void anAdministratorCreatesAnAccountSeesItsOneTimePasswordOnceAndDisablesIt() {
        String username = "ui-new-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signInDirectly(pages.baseUrl() + "/", "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='admin/accounts']")).click();
        browser.waitFor(By.id("accounts"));

        browser.click("new-account");
        browser.click("account-save");
        browser.waitUntilPageContains("Enter a username");
        browser.waitUntilPageContains("Enter the person's name");
        browser.waitUntilPageContains("Choose a role");

        browser.type("account-username", username);
        browser.type("account-display-name", "Nia Newcomer");
        browser.choose("account-role", Role.CASEWORKER.label());
        browser.click("account-save");
        browser.waitUntilPageContains("Choose the caseworker's organisation");
        pickFromComboBox("account-organisation", "Homes First Partnership (demo)");
        browser.click("account-save");

        String oneTimePassword = browser.textOf("one-time-password");
        assertThat(oneTimePassword).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}");
        browser.waitUntilPageContains("must choose their own password when they first sign in");
        browser.click("one-time-password-done");
        browser.waitUntilNoDialog();
        // shown once: gone from the page once the dialog is closed (Vaadin removes it on the next round trip)
        browser.waitUntil(driver -> !driver.getPageSource().contains(oneTimePassword));

        UserAccount created = accounts.find(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.CASEWORKER);
        assertThat(created.organisation()).isEqualTo("HOMES-FIRST");
        assertThat(created.mustChangePassword()).isTrue();

        browser.click("disable-" + username);
        browser.click("confirm-account-action-yes");
        browser.waitFor(By.id("enable-" + username));
        assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
    }

    /** Types to filter, then clicks the item once the server has sent it (Enter may come before it, on a busy machine). */
    private void pickFromComboBox(String fieldId, String label) {
        browser.type(fieldId, label);
        browser.waitUntil(d -> !PageScripts.shownItems(d, "vaadin-combo-box-item", label).isEmpty());
        PageScripts.shownItems(browser.driver(), "vaadin-combo-box-item", label).get(0).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]")).isEmpty());
    }

    @Test
    void aCaseworkerIsNotOfferedTheAccounts() {
        pages.signInAndWaitForThePage("caseworker");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='admin/accounts']")))
                .isEmpty();
        browser.open(pages.baseUrl() + "/admin/accounts");
        browser.waitUntilPageContains("You may not open this page");
        assertThat(browser.driver().findElements(By.id("accounts"))).isEmpty();
    }
}
