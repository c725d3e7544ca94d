package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA by machine (axe-core, {@link AxeCheck}): every view of every role, the pages for nobody signed in,
 * the refusal and not-found pages and the main step dialogs, at desktop (1280x800) and phone (390x844) size. Each role
 * signs in once per size and visits its pages in the one browser, from view to view in-app as a person does. Critical and serious findings fail; all are printed
 * per page by impact. The last test proves the check finds what it should.
 */
class AccessibilityBrowserTest extends CaseworkBrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Findings by page and size, in the order visited. */
    private final Map<String, AxeCheck.Findings> findings = new LinkedHashMap<>();
    private String participantId;
    private String enrolmentId;
    private String size;
    private String user;
    /** What the page shell must give every page and dialog that axe's WCAG rules do not check. */
    private final List<String> shellProblems = new ArrayList<>();
    private final List<String> focusNotOnTheFirstField = new ArrayList<>();
    /** Signed in, with the application open in the page: the next view is reached in-app, as a person does. */
    private boolean signedIn;

    @Test
    void everyViewAndMainDialogOfEveryRoleHasNoCriticalOrSeriousFinding() {
        participantId = CaseworkPages.registerParticipant(commands, queries, "Robin",
                CaseworkPages.uniqueFamilyName("Axe"), LocalAuthority.SANDWELL);
        giveTheCaseworkerSomethingOverdue();
        new ReferralsInEveryState(commands, queries).make(LocalDate.now(clock));
        try {
            visitEveryPageAtBothSizes();
        } finally {
            printFindings();
        }
        List<String> failing = new ArrayList<>();
        findings.forEach((page, found) -> found.seriousOrWorse().forEach(f -> failing.add(page + ": " + f)));
        assertThat(failing).as("critical and serious WCAG 2.2 AA findings").isEmpty();
        assertThat(shellProblems).as("pages without their title, language, main landmark, one H1 or focus").isEmpty();
        assertThat(focusNotOnTheFirstField).as("dialogs opened with the focus not on their first field").isEmpty();
    }

    /** "Due" is checked with a row in it: a case not contacted for longer than the no-contact limit. */
    private void giveTheCaseworkerSomethingOverdue() {
        String someoneElse = CaseworkPages.registerParticipant(commands, queries, "Sam",
                CaseworkPages.uniqueFamilyName("Overdue"), LocalAuthority.SANDWELL);
        commands.sendAndWait(new ReferToHousingFirst(UUID.randomUUID().toString(), someoneElse, "DEMO-SUPPORT",
                LocalAuthority.SANDWELL, FundingStream.HOUSING_FIRST_PILOT, "caseworker",
                HousingFirstReferralSource.HOSTEL, LocalDate.now(clock).minusDays(40), null, "caseworker"));
    }

    private void visitEveryPageAtBothSizes() {
        for (Dimension window : List.of(DESKTOP, PHONE)) {
            size = window == DESKTOP ? "desktop" : "phone";
            browser.driver().manage().deleteAllCookies();
            browser.driver().manage().window().setSize(window);
            checkSignedOutPages();
            checkCaseworker();
            as("ips", () -> visit("gp-referral-inbox", By.id("gp-inbox-page")));
            as("gp", () -> {
                visit("gp-referrals", By.id("my-practice-referrals"));
                visit("gp-referrals/new", By.id("refer-patient-page"));
            });
            as("manager", () -> {
                visit("reports", By.id("report-period"));
                visit("trial-arm-conflicts", By.id("trial-arm-conflicts-page"));
                visit("gp-referral-inbox", By.id("gp-inbox-page"));
            });
            as("admin", () -> {
                visit("admin/accounts", By.id("accounts"));
                visit("admin/organisations", By.id("organisations"));
                visit("admin/funding", By.id("funding-stream"));
                visit("reports", By.id("report-period"));
            });
            as("dpo", () -> {
                visit("access-log", By.id("access-participant"));
                visit("subject-access", By.id("sar-search"));
                visit("participants/" + participantId, By.id("data-protection"));
                dialog("erasure", "erase-record");
            });
        }

    }

    private void printFindings() {
        StringBuilder report = new StringBuilder("axe-core findings (rules broken) by page and size:\n");
        Map<String, Long> total = new LinkedHashMap<>();
        findings.forEach((page, found) -> {
            report.append(String.format("  %-58s %s%n", page, found.summary()));
            found.countsByImpact().forEach((impact, count) -> total.merge(impact, count, Long::sum));
            found.all().forEach(f -> report.append("      ").append(f).append('\n'));
        });
        report.append("  dialogs opened with the focus not on their first field: ").append(focusNotOnTheFirstField)
                .append('\n');
        report.append("  total over ").append(findings.size()).append(" pages: ").append(total);
        System.out.println(report);
    }

    @Test
    void theCheckFindsAnImageWithoutTextAndAButtonWithoutANameOnARealPage() {
        browser.driver().manage().window().setSize(DESKTOP);
        browser.open(pages.baseUrl() + "/login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var image = document.createElement('img');
                image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                image.id = 'no-alt';
                var button = document.createElement('button');
                button.id = 'no-name';
                document.body.append(image, button);
                """);

        AxeCheck.Findings found = AxeCheck.of(browser.driver());

        assertThat(found.seriousOrWorse()).extracting(AxeCheck.Finding::rule).contains("image-alt", "button-name");
        assertThat(found.seriousOrWorse()).filteredOn(f -> f.rule().equals("image-alt"))
                .flatExtracting(AxeCheck.Finding::targets).anyMatch(target -> target.contains("#no-alt"));
        assertThat(found.countsByImpact().get("critical")).isGreaterThanOrEqualTo(2);
    }

    private void checkFocusIsOnTheFirstField(String dialog) {
        String firstField = """
                var form = document.querySelector('vaadin-dialog-overlay[opened] vaadin-form-layout');
                // a field is a Vaadin component: a note in the form (a paragraph with an id) is no field
                var first = form && [...form.children].find(field => field.id && !field.hidden
                    && field.localName.startsWith('vaadin-')
                    && !field.hasAttribute('readonly') && !field.hasAttribute('disabled'));
                return first != null && first.contains(document.activeElement);
                """;
        try {
            // the focus moves once the dialog has opened in the browser: a few seconds at most
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5),
                    java.time.Duration.ofMillis(50))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(firstField)));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            focusNotOnTheFirstField.add(dialog);
        }
    }

    /** The first Tab on a page reaches "Skip to main content", and following it puts the focus in the main content. */
    private void checkSkipLink(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.activeElement && document.activeElement.blur(); window.focus();");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        Object first = js.executeScript("return document.activeElement && document.activeElement.id;");
        if (!"skip-to-main-content".equals(first)) {
            shellProblems.add(page + ": the first Tab reaches '" + first + "', not the skip link");
            return;
        }
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5),
                    java.time.Duration.ofMillis(50)).until(d -> "main-content".equals(js.executeScript(
                    "return document.activeElement && document.activeElement.id;")));
        } catch (org.openqa.selenium.TimeoutException notMoved) {
            shellProblems.add(page + ": the skip link does not move the focus to the main content");
        }
    }

    private void checkSignedOutPages() {
        visitAs("login", "login", By.cssSelector("vaadin-login-form"));
        visitAs("accessibility (signed out)", "accessibility",
                By.cssSelector("#accessibility-statement, vaadin-login-form"));
    }

    private void checkCaseworker() {
        as("caseworker", () -> {
            visit("caseload", By.id("caseload"));
            checkSkipLink("caseload @" + size);
            visit("due", By.cssSelector("#due-items a.pathways-row-link"));
            visit("referrals", By.id("incoming-referrals"));
            visit("participants", By.id("participants"));
            visit("participants/new", By.id("given-name"));
            visit("account/password", By.id("current-password"));
            visit("account/one-time-codes",
                    By.cssSelector("#start-one-time-codes, #one-time-codes-off, #one-time-code-secret"));
            visitAs("caseworker accessibility", "accessibility", By.id("accessibility-statement"),
                    "Could not navigate");
            visit("participants/" + participantId, By.id("participant-name"));
            dialog("consent", "record-consent");
            dialog("start Rough Sleeping Initiative", "start-rough-sleeping-initiative");
            dialog("start Thrive into Work", "start-thrive-into-work");
            if (enrolmentId == null) {
                enrolmentId = pages.startEnrolment("start-housing-first", () -> {
                    check("dialog: start Housing First");
                    browser.choose("source", "Outreach");
                    browser.typeDate("referred-on", LocalDate.now(clock).minusDays(3));
                });
            }
            visit("enrolments/" + enrolmentId, By.id("enrolment-stage"));
            dialog("Housing First eligibility", EnrolmentView_buttonId(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY));
            visitAs("refused page", "admin/accounts", By.id("page-not-shown"), "Could not navigate");
            visitAs("not-found page", "no-such-page", By.id("page-not-shown"), "Could not navigate");
        });
    }

    private static String EnrolmentView_buttonId(Step step) {
        return uk.wmpathways.ui.enrolment.EnrolmentView.buttonId(step);
    }

    private void as(String user, Runnable visits) {
        this.user = user;
        pages.signInAndWaitForThePage(user);
        signedIn = true;
        try {
            visits.run();
        } finally {
            signedIn = false;
        }
        browser.driver().manage().deleteAllCookies();
    }

    private void visit(String path, By shownBy) {
        visitAs(user + " " + path, path, shownBy);
    }

    /**
     * Signed in, a view is reached through Vaadin's router (the page, with axe-core in it, stays); a page known by its
     * text, a page for nobody signed in, or the view already shown is loaded afresh.
     */
    private void visitAs(String name, String path, By shownBy, String... orText) {
        String url = pages.baseUrl() + "/" + path;
        if (signedIn && orText.length == 0 && !browser.driver().getCurrentUrl().equals(url)) {
            browser.navigateInApp(path);
        } else {
            browser.open(url);
        }
        browser.waitUntil(d -> !d.findElements(shownBy).isEmpty()
                || List.of(orText).stream().anyMatch(text -> d.getPageSource().contains(text)));
        check(name);
        checkShell(name + " @" + size);
    }

    /** lang="en-GB", a title of its own, one main landmark and one H1 (axe's rules for these are best practice). */
    private void checkShell(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> shell = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return { lang: document.documentElement.lang, title: document.title,
                         mains: document.querySelectorAll('main, [role=main]').length,
                         h1s: document.querySelectorAll('h1').length };
                """);
        if (!"en-GB".equals(shell.get("lang"))) {
            shellProblems.add(page + ": lang=" + shell.get("lang"));
        }
        if (!String.valueOf(shell.get("title")).endsWith(" | Pathways")) {
            shellProblems.add(page + ": title '" + shell.get("title") + "'");
        }
        if (((Number) shell.get("mains")).intValue() != 1) {
            shellProblems.add(page + ": " + shell.get("mains") + " main landmarks");
        }
        if (((Number) shell.get("h1s")).intValue() != 1) {
            shellProblems.add(page + ": " + shell.get("h1s") + " H1s");
        }
    }

    private void dialog(String name, String buttonId) {
        browser.click(buttonId);
        browser.waitFor(By.id("form-save"));
        check("dialog: " + name);
        checkFocusIsOnTheFirstField("dialog: " + name + " @" + size);
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
    }

    private void check(String name) {
        // a dialog still fading in is not what a person reads
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opening]")).isEmpty());
        findings.put(name + " @" + size, AxeCheck.of(browser.driver()));
    }
}
