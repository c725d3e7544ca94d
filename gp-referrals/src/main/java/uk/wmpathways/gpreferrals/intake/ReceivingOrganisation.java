package uk.wmpathways.gpreferrals.intake;

import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.axon.BeforeRequests;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

/**
 * The provider organisation whose IPS service receives GP referrals ({@value #SETTING}; by default the demo Thrive
 * into Work provider): its caseworkers decide them. Checked once the organisations are known (after they are read
 * from their events at start-up, before requests are taken): an unknown code stops the application from starting,
 * naming the setting, instead of recording referrals nobody may decide.
 */
@Component
public class ReceivingOrganisation implements SmartLifecycle {

    public static final String SETTING = "pathways.gp-referrals.receiving-organisation";
    /** The demo data's Thrive into Work provider ({@code ProviderOrganisations.DEMO}). */
    public static final String DEMO_PROVIDER = "WORK-WELL";

    private final String code;
    private final ProviderOrganisations organisations;
    private volatile boolean checked;

    public ReceivingOrganisation(@Value("${" + SETTING + ":" + DEMO_PROVIDER + "}") String code,
                                 ProviderOrganisations organisations) {
        this.code = code == null ? "" : code.trim();
        this.organisations = organisations;
    }

    /** The organisation's code. */
    public String code() {
        return code;
    }

    /** Throws, naming the setting, when no provider organisation has the configured code. */
    void check() {
        if (!organisations.exists(code)) {
            throw new IllegalStateException(SETTING + " names no known provider organisation ('" + code
                    + "'): set it to the code of the organisation whose IPS service receives GP referrals");
        }
    }

    @Override
    public void start() {
        check();
        checked = true;
    }

    @Override
    public void stop() {
        checked = false;
    }

    @Override
    public boolean isRunning() {
        return checked;
    }

    /** Just after {@link BeforeRequests} (the organisations are read from their events), before the web server. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 513;
    }
}
