package uk.wmpathways.app.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Saves what each browser of a failing test shows, before the test's after-each closes it, for a person to look
 * at. A passing test takes none: a screenshot costs 0.1 s of Chromium's CPU (docs/test-speed.md, fourth round).
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String method = context.getRequiredTestMethod().getName();
        String shownAs = context.getDisplayName();
        // a parameterised test's runs are told apart by their display names ("phone: true")
        String name = shownAs.equals(method + "()") ? method : method + "-" + shownAs.replaceAll("\\W+", "-");
        List<Browser> open = Browser.openOnThisThread();
        for (int i = 0; i < open.size(); i++) {
            open.get(i).screenshot(i == 0 ? name : name + "-" + (i + 1));
        }
    }
}
