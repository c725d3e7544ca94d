package uk.wmpathways.app.browser;

import uk.wmpathways.app.ParticipantRequests;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.enrolment.EnrolmentView;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** What a caseworker does in the browser, in the words of the pages, for the journey tests. */
final class CaseworkPages {

    /** A timeline entry as shown: the date it happened and the sentence after it. */
    record ShownEntry(String date, String pathway, String sentence) {
    }

    private final Browser browser;
    private final String baseUrl;

    CaseworkPages(Browser browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Registers a fictitious participant (setup, not part of the journey) and waits until it can be looked up. */
    static String registerParticipant(CommandGateway commands, QueryGateway queries, String givenName,
                                      String familyName, LocalAuthority localAuthority) {
        return registerParticipant(commands, queries, givenName, familyName, localAuthority, "caseworker",
                "DEMO-SUPPORT");
    }

    /** Registered by {@code caseworker} of {@code organisation}, so that their organisation sees the person. */
    static String registerParticipant(CommandGateway commands, QueryGateway queries, String givenName,
                                      String familyName, LocalAuthority localAuthority, String caseworker,
                                      String organisation) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterParticipant(participantId, givenName,
                        familyName, LocalDate.of(1985, 5, 17), null, localAuthority, null, null, caseworker))
                .andMetaData(Caller.person(caseworker, Set.of(Role.CASEWORKER), organisation, "test").toMetaData()));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join() != null);
        // the casework read model, which says who may see the person, has it too
        await().atMost(Duration.ofSeconds(10)).until(() -> !queries.query(new FindParticipantTimeline(participantId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join().isEmpty());
        return participantId;
    }

    /** A family name no other test uses. */
    static String uniqueFamilyName(String prefix) {
        return ParticipantRequests.uniqueFamilyName(prefix);
    }

    String baseUrl() {
        return baseUrl;
    }

    void signInAs(String username) {
        browser.signInDirectly(baseUrl + "/", username, UserAccountsAutoConfiguration.DEMO_PASSWORD);
        // caseworkers land on their caseload
        browser.waitFor(By.id("caseload"));
    }

    /**
     * Signs in as {@code username} straight to {@code path} (a link followed before signing in lands there after
     * it): one page load, not the caseload first and then the page. The caller waits for what the page shows.
     */
    void signInTo(String username, String path) {
        browser.signInDirectly(baseUrl + path, username, UserAccountsAutoConfiguration.DEMO_PASSWORD);
    }

    /** {@link #signInTo} a person's record, and waits for it. */
    void signInToParticipant(String username, String participantId) {
        signInTo(username, "/participants/" + participantId);
        browser.waitFor(By.id("participant-name"));
    }

    /** Signs in as any demo user and waits for their first page ({@link Browser#signInAndWaitForThePage}). */
    void signInAndWaitForThePage(String username) {
        browser.signInAndWaitForThePage(baseUrl + "/", username, UserAccountsAutoConfiguration.DEMO_PASSWORD);
    }

    void openParticipant(String participantId) {
        browser.open(baseUrl + "/participants/" + participantId);
        browser.waitFor(By.id("participant-name"));
    }

    /** Starts an enrolment with the form behind {@code buttonId}, filled in by {@code fill}; answers its id. */
    String startEnrolment(String buttonId, Runnable fill) {
        browser.click(buttonId);
        browser.waitForDialogForm();
        fill.run();
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enrolments/"));
        browser.waitFor(By.id("enrolment-stage"));
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("/enrolments/") + "/enrolments/".length()).replaceAll("[?#].*", "");
    }

    /** Opens the form of a step on the enrolment page. */
    void open(Step step) {
        browser.click(EnrolmentView.buttonId(step));
        browser.waitForDialogForm();
    }

    /** Sends the open form and waits for it to close (the step is recorded and the page shows it). */
    void saveAndWaitForTheFormToClose() {
        browser.click("form-save");
        browser.waitUntilNoDialog();
    }

    void record(Step step, Runnable fill) {
        open(step);
        fill.run();
        saveAndWaitForTheFormToClose();
    }

    boolean offers(Step step) {
        browser.waitFor(By.id("enrolment-steps"));
        return !browser.driver().findElements(By.id(EnrolmentView.buttonId(step))).isEmpty();
    }

    void waitForStage(String stageLabel) {
        browser.waitUntil(d -> textIfPresent(By.id("enrolment-stage")).equals(stageLabel));
    }

    String formProblem() {
        return browser.textOf("form-problem");
    }

    List<String> history() {
        return browser.driver().findElements(By.cssSelector("#enrolment-history .pathways-timeline-text")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * The participant's timeline as their record shows it, newest first; the page is opened again (for a few
     * seconds at most) until {@code complete} holds, as the timeline is a read model that may lag a moment.
     */
    List<ShownEntry> timeline(String participantId, Predicate<List<ShownEntry>> complete) {
        List<List<ShownEntry>> last = new java.util.ArrayList<>(List.of(List.of()));
        try {
            // first look at once (a fixed interval alone would also wait that long before the first look)
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        openParticipant(participantId);
                        browser.waitFor(By.id("participant-timeline"));
                        last.set(0, browser.driver().findElements(
                                        By.cssSelector("#participant-timeline .pathways-timeline-entry"))
                                .stream().map(CaseworkPages::shown).toList());
                        return complete.test(last.get(0));
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the caller's assertion says what is missing
        }
        return last.get(0);
    }

    private static ShownEntry shown(WebElement entry) {
        return new ShownEntry(entry.findElement(By.cssSelector(".pathways-timeline-date")).getText(),
                entry.findElement(By.cssSelector(".pathways-timeline-pathway")).getText(),
                entry.findElement(By.cssSelector(".pathways-timeline-text")).getText());
    }

    /** The stage "My caseload" shows for the enrolment (it waits for the row to appear). */
    String caseloadStage(String enrolmentId) {
        browser.open(baseUrl + "/caseload");
        By stage = By.cssSelector("#caseload span[data-enrolment-id='" + enrolmentId + "']");
        browser.waitFor(stage);
        return browser.driver().findElement(stage).getText();
    }

    String caseloadCounts() {
        return browser.textOf("caseload-counts");
    }

    private String textIfPresent(By locator) {
        try {
            List<WebElement> found = browser.driver().findElements(locator);
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException replacedMeanwhile) {
            return "";
        }
    }
}
