package uk.wmpathways.app.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set, loaded by its switch through the real command path into the application, reproduces
 * every published figure in the reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathways.demo-data=true",
        // the suite may run against a real MongoDB (its own test database): the demo data is wanted there too
        "pathways.demo-data.allow-on-real-mongodb=true",
        "pathways.embedded-mongo.durability=periodic"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataReportsTest {

    @Autowired
    DemoDataSwitch demoData;

    DemoDataLoader.LoadReport load;

    @BeforeAll
    void loadTheDemoData() throws Exception {
        load = demoData.loaded().get(5, TimeUnit.MINUTES);
        System.out.println("Demo data: " + load);
    }

    @Test
    void theDemoDataIsLoadedOnce() {
        assertThat(load.alreadyLoaded()).isFalse();
        assertThat(load.participants()).isEqualTo(600 + 1_211 + 3_700
                + new ThriveIntoWorkStories(DemoDataSet.SEED, 0).referrals().stream().filter(r -> !r.enrolled()).count());
    }
}
