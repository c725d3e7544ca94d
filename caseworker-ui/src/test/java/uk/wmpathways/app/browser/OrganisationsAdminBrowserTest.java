package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's "Organisations" page, on a desktop and on a phone (390 x 844): a new organisation through
 * the form (its problems shown on the fields), retired and reinstated from its row, renamed. A caseworker is not
 * offered the page and is refused it.
 */
class OrganisationsAdminBrowserTest extends CaseworkBrowserTest {

    @Autowired
    ProviderOrganisations organisations;

    private static String freshCode() {
        return "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anAdministratorCreatesAnOrganisationRetiresAndReinstatesIt() {
        String code = freshCode();
        browser.signInDirectly(pages.baseUrl() + "/", "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='admin/organisations']")).click();
        browser.waitFor(By.id("organisations"));
        browser.waitUntilPageContains("West Midlands Demo Support Trust (demo)");

        browser.click("new-organisation");
        browser.click("organisation-save");
        browser.waitUntilPageContains("Code is required");
        browser.waitUntilPageContains("Name is required");
        browser.waitUntilPageContains("Choose at least one pathway");
        browser.waitUntilPageContains("Choose at least one local authority");

        browser.type("organisation-code", "lower case");
        browser.type("organisation-name", "Sandwell Works (UI test)");
        tick("organisation-pathways", Pathway.THRIVE_INTO_WORK.label());
        tick("organisation-local-authorities", LocalAuthority.SANDWELL.displayName());
        browser.click("organisation-save");
        browser.waitUntilPageContains("Code must be 2 to 40 capital letters");
        browser.type("organisation-code", code);
        browser.click("organisation-save");
        browser.waitUntilNoDialog();
        browser.waitFor(By.id("retire-" + code));

        assertThat(organisations.organisation(code)).contains(new ProviderOrganisations.Organisation(code,
                "Sandwell Works (UI test)", true, Set.of("THRIVE_INTO_WORK"), Set.of("SANDWELL")));

        clickInView("retire-" + code);
        browser.click("confirm-retirement-yes");
        browser.waitFor(By.id("reinstate-" + code));
        assertThat(organisations.isActive(code)).isFalse();
        clickInView("reinstate-" + code);
        browser.waitFor(By.id("retire-" + code));
        assertThat(organisations.isActive(code)).isTrue();
    }

    @Test
    void onAPhoneAnAdministratorRenamesAnOrganisation() {
        String code = freshCode();
        commands.sendAndWait(new CreateOrganisation(code, "Before the rename", Set.of(Pathway.HOUSING_FIRST),
                Set.of(LocalAuthority.WALSALL), "system:test"));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.signInDirectly(pages.baseUrl() + "/admin/organisations", "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("organisations"));

        clickInView("rename-" + code);
        browser.type("organisation-name", " ");
        browser.click("organisation-save");
        browser.waitUntilPageContains("Name is required");
        browser.type("organisation-name", "After the rename");
        browser.click("organisation-save");
        browser.waitUntilNoDialog();
        browser.waitUntilPageContains("After the rename");
        assertThat(organisations.nameOf(code)).isEqualTo("After the rename");
    }

    @Test
    void aCaseworkerIsNotOfferedTheOrganisationsAndIsRefusedThem() {
        pages.signInAndWaitForThePage("caseworker");
        assertThat(browser.driver().findElements(By.cssSelector(
                "vaadin-side-nav-item[path='admin/organisations']"))).isEmpty();
        browser.open(pages.baseUrl() + "/admin/organisations");
        browser.waitUntilPageContains("You may not open this page");
        assertThat(browser.driver().findElements(By.id("organisations"))).isEmpty();
    }

    /** Ticks the box labelled {@code label} in a checkbox group. */
    private void tick(String groupId, String label) {
        browser.waitFor(By.id(groupId));
        browser.driver().findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                .filter(box -> box.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No box '" + label + "' in #" + groupId))
                .findElement(By.cssSelector("input")).click();
    }

    /** Clicks the element once scrolled to the middle of the view (a long grid puts rows below the fold). */
    private void clickInView(String id) {
        WebElement element = browser.waitFor(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        browser.click(id);
    }
}
