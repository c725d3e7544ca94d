package uk.wmpathways.app;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The two classes on the demo data set, as one class to surefire, so that they run in one test JVM and share one
 * load of the set (their Spring configuration is the same). The whole suite runs them only through this class
 * (the pom's profile {@code demo-data-tests-in-one-jvm}); the dashboard's class runs first and the reports' class,
 * last, closes the set's application context.
 */
@Suite
@SelectClasses(names = {
        "uk.wmpathways.app.browser.DemoDataDashboardBrowserTest",
        "uk.wmpathways.app.demo.DemoDataReportsTest"})
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$ClassName")
class DemoDataTests {
}
