package uk.wmpathways.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The switch loads the demo data in the background, never into a real MongoDB unless that is asked for too. */
class DemoDataSwitchTest {

    private final DemoDataLoader loader = mock(DemoDataLoader.class);

    @Test
    void theDemoDataIsLoadedOnTheEmbeddedMongoDb() throws Exception {
        when(loader.loadOnce()).thenReturn(new DemoDataLoader.LoadReport(1, 5, 50, 1, 1, 1, true, false));
        DemoDataSwitch demoData = new DemoDataSwitch(loader, new MockEnvironment());
        demoData.startLoading();
        assertThat(demoData.loaded().get().participants()).isEqualTo(5);
    }

    @Test
    void aRealMongoDbGetsNoDemoData() {
        DemoDataSwitch demoData = new DemoDataSwitch(loader, new MockEnvironment()
                .withProperty("spring.data.mongodb.uri", "mongodb://db.example/pathways"));
        demoData.startLoading();
        assertThat(demoData.loaded()).isCompletedExceptionally();
        verify(loader, never()).loadOnce();
    }

    @Test
    void aRealMongoDbGetsTheDemoDataOnlyWhenThatIsAskedForToo() {
        when(loader.loadOnce()).thenReturn(new DemoDataLoader.LoadReport(1, 5, 50, 1, 1, 1, true, false));
        DemoDataSwitch demoData = new DemoDataSwitch(loader, new MockEnvironment()
                .withProperty("spring.data.mongodb.uri", "mongodb://db.example/pathways")
                .withProperty(DemoDataSwitch.ALLOW_ON_REAL_MONGODB, "true"));
        demoData.startLoading();
        verify(loader, timeout(5_000)).loadOnce();
    }

    @Test
    void aRefusedStepIsReportedByTheLoadNotThrownAtTheApplication() {
        when(loader.loadOnce()).thenThrow(new DemoDataLoader.DemoDataLoadException("Demo data: refused", null));
        DemoDataSwitch demoData = new DemoDataSwitch(loader, new MockEnvironment());
        demoData.startLoading();
        assertThat(demoData.loaded()).failsWithin(java.time.Duration.ofSeconds(5));
    }

    @Test
    void theDemoSwitchDrawsTrialArmsWithTheDemoSeedUnlessToldOtherwise() {
        MockEnvironment demo = new MockEnvironment().withProperty(DemoDataSwitch.PROPERTY, "true");
        new DemoDataDefaults().postProcessEnvironment(demo, new SpringApplication());
        assertThat(demo.getProperty(DemoDataDefaults.TRIAL_SEED)).isEqualTo(Long.toString(DemoDataSet.SEED));
        assertThat(demo.getProperty(DemoDataDefaults.TREATMENT_SHARE, Double.class)).isEqualTo(0.64);

        MockEnvironment chosen = new MockEnvironment().withProperty(DemoDataSwitch.PROPERTY, "true")
                .withProperty(DemoDataDefaults.TRIAL_SEED, "7");
        new DemoDataDefaults().postProcessEnvironment(chosen, new SpringApplication());
        assertThat(chosen.getProperty(DemoDataDefaults.TRIAL_SEED)).isEqualTo("7");

        MockEnvironment ordinary = new MockEnvironment();
        new DemoDataDefaults().postProcessEnvironment(ordinary, new SpringApplication());
        assertThat(ordinary.getProperty(DemoDataDefaults.TRIAL_SEED)).isNull();
    }
}
