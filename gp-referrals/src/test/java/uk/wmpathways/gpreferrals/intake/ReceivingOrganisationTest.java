package uk.wmpathways.gpreferrals.intake;

import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation receiving GP referrals must be a known one, else the application does not start. */
class ReceivingOrganisationTest {

    private final ProviderOrganisations demo = new ProviderOrganisations(Map.of());

    @Test
    void theDemoThriveIntoWorkProviderByDefaultIsKnown() {
        ReceivingOrganisation receiving = new ReceivingOrganisation(ReceivingOrganisation.DEMO_PROVIDER, demo);
        receiving.start();

        assertThat(receiving.isRunning()).isTrue();
        assertThat(receiving.code()).isEqualTo("WORK-WELL");
        assertThat(ProviderOrganisations.DEMO).containsKey(ReceivingOrganisation.DEMO_PROVIDER);
    }

    @Test
    void anUnknownOrganisationStopsStartUpNamingTheSetting() {
        ReceivingOrganisation receiving = new ReceivingOrganisation(" NO-SUCH-ORG ", demo);

        assertThatThrownBy(receiving::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pathways.gp-referrals.receiving-organisation")
                .hasMessageContaining("NO-SUCH-ORG");
        assertThat(receiving.isRunning()).isFalse();
    }

    @Test
    void aBlankSettingIsUnknownToo() {
        assertThatThrownBy(() -> new ReceivingOrganisation("  ", demo).start())
                .hasMessageContaining("pathways.gp-referrals.receiving-organisation");
    }

    @Test
    void itIsCheckedOnceTheOrganisationsAreReadFromTheirEvents() {
        ProviderOrganisations recorded = new ProviderOrganisations(Map.of("OLD", "Old (demo)"));
        recorded.record(new ProviderOrganisations.Organisation("IPS-NEW", "New IPS", true, null, null));

        new ReceivingOrganisation("IPS-NEW", recorded).start();
    }
}
