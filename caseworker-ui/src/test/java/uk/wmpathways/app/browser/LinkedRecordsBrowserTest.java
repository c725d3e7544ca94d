package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.FindLinkedRecords;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecords;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Linked records" on a person's page, on a desktop and on a 390x844 phone: the linked record the caseworker's
 * organisation holds is shown with who linked it, one held by another organisation only as whom to contact, and
 * "Not the same person" unlinks. And on the registration form, a likely match dismissed as "not the same person"
 * is remembered once the new record exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class LinkedRecordsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    private Browser browser;
    private CaseworkPages pages;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        pages = new CaseworkPages(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void decide(String one, String other, IdentityDecision decision, Caller caller) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(DecideIdentity.of(one, other, decision,
                caller.username())).andMetaData(caller.toMetaData()));
    }

    private int linkedCount(String participantId) {
        LinkedRecords linked = queries.query(new FindLinkedRecords(participantId),
                ResponseTypes.instanceOf(LinkedRecords.class)).join();
        return linked.records().size();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theLinkedRecordsAreShownWithoutLeakingAnotherOrganisationsAndNotTheSamePersonUnlinks(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Linked");
        String record = CaseworkPages.registerParticipant(commands, queries, "Morgana", familyName,
                LocalAuthority.WALSALL);
        String ours = CaseworkPages.registerParticipant(commands, queries, "Morgan", familyName,
                LocalAuthority.WALSALL);
        String theirs = CaseworkPages.registerParticipant(commands, queries, "Morgen", familyName,
                LocalAuthority.WALSALL, "outreach", "STREET-OUTREACH");
        decide(record, ours, IdentityDecision.LINK,
                Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "test"));
        decide(ours, theirs, IdentityDecision.LINK, Caller.system("test"));
        await().atMost(Duration.ofSeconds(15)).until(() -> linkedCount(record) == 2);
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }

        pages.signInToParticipant("caseworker", record);
        browser.waitFor(By.id("linked-records"));
        String shown = browser.textOf("linked-records");
        assertThat(shown).contains("Linked records", "Morgan " + familyName, "17/05/1985", "Linked by",
                "A record held by Street Outreach", "contact them", "Linked through another linked record");
        assertThat(shown).as("another organisation's record shows no name").doesNotContain("Morgen");
        assertThat(browser.driver().findElements(By.cssSelector("#linked-records .unlink-record")))
                .as("only the record the organisation holds can be unlinked here").hasSize(1);
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the page fits the screen: no sideways scrolling").isTrue();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('linked-records').scrollIntoView({block: 'start'});");
        browser.screenshot("linked-records-" + (phone ? "phone" : "desktop"));

        WebElement unlink = browser.waitFor(By.cssSelector("#linked-records .unlink-record"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                unlink);
        unlink.click();
        browser.click("confirm-unlink-yes");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> browser.textOf("linked-records").contains("No other record is linked to this one."));
        assertThat(browser.textOf("linked-records")).as("the record linked through the unlinked one went with it")
                .doesNotContain("Street Outreach").doesNotContain(familyName);

        await().atMost(Duration.ofSeconds(15)).until(() -> linkedCount(record) == 0);
        assertThat(linkedCount(ours)).as("the other link stands").isEqualTo(1);
        pages.openParticipant(record);
        assertThat(browser.textOf("linked-records")).contains("No other record is linked to this one.")
                .doesNotContain(familyName);
    }

    @Test
    void aLikelyMatchDismissedOnTheRegistrationFormIsNotOfferedAgainOnceRegistered() {
        String familyName = CaseworkPages.uniqueFamilyName("Dismissed");
        String existing = CaseworkPages.registerParticipant(commands, queries, "Morgan", familyName,
                LocalAuthority.WALSALL);
        pages.signInTo("caseworker", "/participants/new");
        browser.type("given-name", "Morgan");
        String mistyped = familyName.substring(0, familyName.length() - 1) + "z";
        browser.type("family-name", mistyped);
        browser.typeDate("date-of-birth", LocalDate.of(1985, 5, 17));
        browser.type("local-authority", "Walsall");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.click("save");
        browser.waitFor(By.id("likely-matches"));
        browser.click("register-anyway");
        // the new record, not the list
        browser.waitUntil(d -> !d.findElements(By.id("participant-name")).isEmpty()
                && ("Morgan " + mistyped).equals(d.findElement(By.id("participant-name")).getDomProperty("textContent")));

        String[] registered = new String[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            ParticipantPage found = queries.query(new SearchParticipants(mistyped, null, 0, 5),
                    ResponseTypes.instanceOf(ParticipantPage.class)).join();
            found.items().stream().filter(item -> item.familyName().equals(mistyped)).findFirst()
                    .ifPresent(item -> registered[0] = item.participantId());
            return registered[0] != null;
        });
        await().atMost(Duration.ofSeconds(15)).until(() -> queries.query(new FindLikelyMatches("Morgan", mistyped,
                        LocalDate.of(1985, 5, 17), null, null, null, registered[0]),
                ResponseTypes.instanceOf(LikelyMatches.class)).join().candidates().stream()
                .map(LikelyMatch::participantId).noneMatch(existing::equals));
        assertThat(queries.query(new FindLikelyMatches("Morgan", mistyped, LocalDate.of(1985, 5, 17), null, null,
                        null, null), ResponseTypes.instanceOf(LikelyMatches.class)).join().candidates())
                .as("the existing record is still a likely match for anyone else")
                .extracting(LikelyMatch::participantId).contains(existing);
    }
}
