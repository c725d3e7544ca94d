package uk.wmpathways.app.browser;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ListSubjectAccessRequests;
import uk.wmpathways.reporting.api.SubjectAccessRequest;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The data protection officer's subject access journey, on a desktop and on a 390x844 phone: from the menu,
 * find the person by name, start a request, see it with its deadline, and download the page for the person
 * once it is ready.
 */
class SubjectAccessBrowserTest extends CaseworkBrowserTest {

    private Optional<SubjectAccessRequest> requestFor(String participantId) {
        return queries.query(new ListSubjectAccessRequests(),
                        ResponseTypes.multipleInstancesOf(SubjectAccessRequest.class)).join().stream()
                .filter(request -> request.participantId().equals(participantId)).findFirst();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theOfficerStartsARequestAndDownloadsThePageForThePerson(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Sarbrowser");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Robin", familyName,
                LocalAuthority.WALSALL);
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInTo("dpo", "/subject-access");
        browser.waitFor(By.id("sar-search"));

        browser.type("sar-search", familyName);
        browser.click("sar-find");
        WebElement start = browser.waitFor(By.cssSelector("vaadin-button.sar-start[data-participant-id='"
                + participantId + "']"));
        browser.waitUntilPageContains("Robin " + familyName);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", start);
        start.click();

        await().atMost(Duration.ofSeconds(20)).until(() -> requestFor(participantId)
                .filter(SubjectAccessRequest::ready).isPresent());
        SubjectAccessRequest request = requestFor(participantId).orElseThrow();
        browser.waitUntilPageContains(participantId);
        String pageLink = "a.sar-html[data-request-id='" + request.id() + "']";
        browser.waitFor(By.cssSelector(pageLink));
        assertThat(browser.driver().getPageSource())
                .contains(uk.wmpathways.ui.UkFormats.date(request.dueBy()));
        browser.screenshot("subject-access-" + (phone ? "phone" : "desktop"));

        // The link as on the page when it is followed: another request's progress shows the rows again, with
        // new links, and the old link then answers 404 (as it would to a person who clicked it a moment late).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Object html = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const link = document.querySelector(arguments[0]);"
                            + "if (!link) { done('no link'); return; }"
                            + "fetch(link.href).then(r => r.text()).then(done, e => done('failed ' + e));",
                    pageLink);
            assertThat(String.valueOf(html)).contains("Who you are", "Your support", "Who looked at your record",
                    "What you agreed to", familyName);
        });
    }
}
