package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.ui.casework.StillUpdatingNotice;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read your own writes: with a projection held (its event processor stopped, as a long load keeps it behind), a
 * record just written shows "Still updating…", never "not found", and then the record once the projection runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class ReadYourOwnWritesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;

    private Browser browser;
    private CaseworkPages pages;
    private EventProcessor held;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        pages = new CaseworkPages(browser, port);
    }

    @AfterEach
    void release() {
        if (held != null && !held.isRunning()) {
            held.start();
        }
        browser.close();
    }

    @Test
    void aParticipantJustRegisteredIsStillUpdatingThenShownNeverNotFound() {
        String familyName = CaseworkPages.uniqueFamilyName("Lagging");
        pages.signInAs("caseworker");
        hold("participants");
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterParticipant(participantId, "Jo",
                        familyName, LocalDate.of(1990, 1, 2), null, LocalAuthority.COVENTRY, null, null, "caseworker"))
                .andMetaData(Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "test").toMetaData()));

        browser.open(pages.baseUrl() + "/participants/" + participantId);
        browser.waitUntil(d -> StillUpdatingNotice.STILL_UPDATING.equals(textIfPresent("still-updating-title")));
        assertThat(browser.driver().getPageSource()).doesNotContain("Participant not found", "Enrolment not found");
        assertThat(browser.driver().findElements(By.id("participant-name"))).as("held: not in the read model yet")
                .isEmpty();
        browser.screenshot("still-updating-participant");

        held.start();
        browser.waitUntil(d -> ("Jo " + familyName).equals(textIfPresent("participant-name")));
        assertThat(browser.driver().findElements(By.id("still-updating"))).isEmpty();
    }

    @Test
    void aRecordWhoseCaseworkIsNotReadYetShowsTheDetailsAndStillUpdatingForTheRest() {
        String familyName = CaseworkPages.uniqueFamilyName("Halfway");
        pages.signInAs("caseworker");
        hold("casework");
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterParticipant(participantId, "Ash",
                        familyName, LocalDate.of(1988, 3, 4), null, LocalAuthority.WALSALL, null, null, "caseworker"))
                .andMetaData(Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "test").toMetaData()));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join() != null);

        browser.open(pages.baseUrl() + "/participants/" + participantId);
        browser.waitUntil(d -> ("Ash " + familyName).equals(textIfPresent("participant-name")));
        browser.waitUntil(d -> StillUpdatingNotice.STILL_UPDATING.equals(textIfPresent("still-updating-title")));
        assertThat(browser.driver().findElements(By.id("participant-timeline"))).isEmpty();

        held.start();
        browser.waitFor(By.id("participant-timeline"));
        assertThat(browser.driver().findElements(By.id("still-updating"))).isEmpty();
    }

    @Test
    void anEnrolmentJustStartedIsStillUpdatingThenShownNeverNotFound() {
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Lee",
                CaseworkPages.uniqueFamilyName("Lagging"), LocalAuthority.DUDLEY);
        pages.signInAs("caseworker");
        hold("casework");
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToHousingFirst(enrolmentId, participantId, "DEMO-SUPPORT", LocalAuthority.DUDLEY,
                FundingStream.HOUSING_FIRST_PILOT, "caseworker", HousingFirstReferralSource.HOSTEL,
                LocalDate.now().minusDays(1), null, "caseworker"));

        browser.open(pages.baseUrl() + "/enrolments/" + enrolmentId);
        browser.waitUntil(d -> StillUpdatingNotice.STILL_UPDATING.equals(textIfPresent("still-updating-title")));
        assertThat(browser.driver().getPageSource()).doesNotContain("Participant not found", "Enrolment not found");
        assertThat(browser.driver().findElements(By.id("enrolment-stage"))).isEmpty();

        held.start();
        pages.waitForStage("Referred");
        assertThat(browser.driver().findElements(By.id("still-updating"))).isEmpty();
    }

    @Test
    void anIdNeverWrittenIsNotFound() {
        pages.signInTo("caseworker", "/participants/" + UUID.randomUUID());
        browser.waitUntilPageContains("Participant not found");
        assertThat(browser.driver().findElements(By.id("still-updating"))).isEmpty();
    }

    private void hold(String processingGroup) {
        held = processing.eventProcessor(processingGroup).orElseThrow();
        held.shutDown();
        assertThat(held.isRunning()).isFalse();
    }

    private String textIfPresent(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        // the text as written: a name wrapped on a phone is still one name
        return found.isEmpty() ? "" : found.get(0).getDomProperty("textContent");
    }
}
