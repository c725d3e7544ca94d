package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.wmpathways.caseservice.api.LocalAuthority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role x view matrix of docs/access.md in a real browser: every view opened by every demo role (and by
 * nobody signed in) is shown to the roles it is for and refused to the others, and the menu offers only what
 * the role may open. Signed in, each view is reached in-app, as through a link. Records of another organisation
 * are {@link AccessBrowserTest}'s.
 */
class ViewAccessMatrixBrowserTest extends CaseworkBrowserTest {

    private static final Set<String> CASEWORKERS = Set.of("caseworker", "outreach");

    /** A view by its address: the element that shows it is open, and who may open it. */
    private record View(String path, String shownBy, Set<String> allowed) {
    }

    private static final List<View> VIEWS = List.of(
            new View("participants", "participants", CASEWORKERS),
            new View("participants/new", "given-name", CASEWORKERS),
            new View("caseload", "caseload", CASEWORKERS),
            new View("due", "due-scope", CASEWORKERS),
            new View("referrals", "incoming-referrals", CASEWORKERS),
            new View("reports", "report-period", Set.of("manager", "admin")),
            new View("trial-arm-conflicts", "trial-arm-conflicts-page", Set.of("manager")),
            new View("access-log", "access-participant", Set.of("dpo")),
            new View("subject-access", "sar-search", Set.of("dpo")),
            new View("gp-referrals", "my-practice-referrals", Set.of("gp")),
            new View("gp-referrals/new", "refer-patient-page", Set.of("gp")),
            // the receiving organisation's caseworkers (the demo ips is one; GpReferralInboxBrowserTest opens it) and
            // programme managers (every receiving organisation's worklist, without the person)
            new View("gp-referral-inbox", "gp-inbox-page", Set.of("manager")),
            new View("admin/accounts", "accounts", Set.of("admin")),
            new View("admin/organisations", "organisations", Set.of("admin")),
            new View("admin/funding", "funding-stream", Set.of("admin")),
            new View("account/password", "current-password",
                    Set.of("caseworker", "outreach", "gp", "manager", "admin", "dpo")));

    @Test
    void eachRoleOpensTheViewsThatAreForItAndIsRefusedTheOthers() {
        // a person's record: their organisation's caseworker, and the data protection officer (data rights only)
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Ash",
                CaseworkPages.uniqueFamilyName("Matrix"), LocalAuthority.SOLIHULL);
        List<View> views = new ArrayList<>(VIEWS);
        // before the last view, which every role opens (its page has the sign-out)
        views.add(views.size() - 1, new View("participants/" + participantId, "data-protection",
                Set.of("caseworker", "dpo")));
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (String user : List.of("caseworker", "outreach", "gp", "manager", "admin", "dpo")) {
            pages.signInAndWaitForThePage(user);
            for (View view : views) {
                boolean allowed = view.allowed().contains(user);
                leaveAnyRefusal();
                browser.navigateInApp(view.path());
                browser.waitUntil(d -> !d.findElements(By.id(view.shownBy())).isEmpty() || refused(d));
                boolean shown = !browser.driver().findElements(By.id(view.shownBy())).isEmpty();
                if (shown != allowed) {
                    wrong.computeIfAbsent(user, u -> new ArrayList<>()).add(view.path() + (shown ? " shown" : " refused"));
                }
                boolean offered = !browser.driver().findElements(
                        By.cssSelector("vaadin-side-nav-item[path='" + view.path() + "']")).isEmpty();
                if (offered && !allowed) {
                    wrong.computeIfAbsent(user, u -> new ArrayList<>()).add(view.path() + " offered in the menu");
                }
            }
            browser.click("sign-out");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        }
        for (View view : views) {
            browser.open(pages.baseUrl() + "/" + view.path());
            browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
            if (!browser.driver().findElements(By.id(view.shownBy())).isEmpty()) {
                wrong.computeIfAbsent("anonymous", u -> new ArrayList<>()).add(view.path() + " shown");
            }
        }

        assertThat(wrong).as("views shown to, or refused to, the wrong roles").isEmpty();
    }

    /**
     * Views are reached in-app (Vaadin's router, where the access check is the one a page load has): a refusal left
     * on the page would read as the next view's, so the "Page not found" page is shown between two views.
     */
    private void leaveAnyRefusal() {
        if (refused(browser.driver())) {
            browser.navigateInApp("no-such-page");
            browser.waitUntil(d -> !refused(d) && d.findElements(By.id("page-not-shown")).stream()
                    .anyMatch(heading -> heading.getText().equals("Page not found")));
        }
    }

    private static boolean refused(WebDriver driver) {
        return driver.getPageSource().contains("You may not open this page") || driver.getCurrentUrl().contains("/login")
                || driver.getPageSource().contains("not shared with your organisation");
    }
}
