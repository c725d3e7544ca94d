package uk.wmpathways.caseservice.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.ChangeOrganisationServices;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.OrganisationCodeTakenException;
import uk.wmpathways.caseservice.api.organisation.OrganisationCreated;
import uk.wmpathways.caseservice.api.organisation.OrganisationReinstated;
import uk.wmpathways.caseservice.api.organisation.OrganisationRenamed;
import uk.wmpathways.caseservice.api.organisation.OrganisationRetired;
import uk.wmpathways.caseservice.api.organisation.OrganisationServicesChanged;
import uk.wmpathways.caseservice.api.organisation.OrganisationStateException;
import uk.wmpathways.caseservice.api.organisation.ReinstateOrganisation;
import uk.wmpathways.caseservice.api.organisation.RenameOrganisation;
import uk.wmpathways.caseservice.api.organisation.RetireOrganisation;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.enrolment.Pathway.HOUSING_FIRST;
import static uk.wmpathways.caseservice.api.enrolment.Pathway.THRIVE_INTO_WORK;

/** A provider organisation decides its own fields and its retirement; the directory folds its events. */
class OrganisationTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, UkTime.ZONE);
    static final String CODE = "BLACK-COUNTRY-IPS";
    static final String BY = "admin";

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(CLOCK);
        ProviderOrganisations organisations = new ProviderOrganisations(Map.of("DEMO-SUPPORT", "Demo Support"));
        organisations.record(new ProviderOrganisations.Organisation("DEMO-SUPPORT", "Demo Support", true,
                Set.of("HOUSING_FIRST"), Set.of("WALSALL")));
        fixture.registerInjectableResource(organisations);
    }

    static OrganisationCreated created() {
        return new OrganisationCreated(CODE, "Black Country IPS", List.of(THRIVE_INTO_WORK), List.of(DUDLEY, WALSALL),
                BY, NOW);
    }

    @Test
    void anAdministratorCreatesAnOrganisationWithWhatItServes() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation(CODE, "  Black Country IPS ", Set.of(THRIVE_INTO_WORK),
                        Set.of(WALSALL, DUDLEY), BY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void everyWrongFieldOfANewOrganisationIsSaidAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("lower-case", " ", Set.of(), null, BY))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("code: Code must be 2 to 40 capital letters, digits and hyphens, starting "
                        + "with a letter (for example HOMES-FIRST); name: Name is required; pathways: Choose at least "
                        + "one pathway; localAuthorities: Choose at least one local authority");
    }

    @Test
    void aNameOfMoreThan120CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation(CODE, "x".repeat(121), Set.of(HOUSING_FIRST), Set.of(WALSALL), BY))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("name: Name must be at most 120 characters");
    }

    @Test
    void aCodeInUseIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("DEMO-SUPPORT", "Another", Set.of(HOUSING_FIRST), Set.of(WALSALL), BY))
                .expectNoEvents()
                .expectException(OrganisationCodeTakenException.class);
    }

    @Test
    void aRenameRecordsTheNewNameOnlyWhenItChanges() {
        fixture.given(created())
                .when(new RenameOrganisation(CODE, "Black Country Employment", BY))
                .expectEvents(new OrganisationRenamed(CODE, "Black Country Employment", BY, NOW));
        fixture.given(created())
                .when(new RenameOrganisation(CODE, "Black Country IPS ", BY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created())
                .when(new RenameOrganisation(CODE, "", BY))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }

    @Test
    void whatItServesIsReplacedAndNeverEmpty() {
        fixture.given(created())
                .when(new ChangeOrganisationServices(CODE, Set.of(HOUSING_FIRST, THRIVE_INTO_WORK), Set.of(DUDLEY),
                        BY))
                .expectEvents(new OrganisationServicesChanged(CODE, List.of(HOUSING_FIRST, THRIVE_INTO_WORK),
                        List.of(DUDLEY), BY, NOW));
        fixture.given(created())
                .when(new ChangeOrganisationServices(CODE, Set.of(THRIVE_INTO_WORK), Set.of(), BY))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("localAuthorities: Choose at least one local authority");
    }

    @Test
    void anOrganisationIsRetiredOnceAndReinstatedOnce() {
        fixture.given(created())
                .when(new RetireOrganisation(CODE, BY))
                .expectEvents(new OrganisationRetired(CODE, BY, NOW));
        fixture.given(created(), new OrganisationRetired(CODE, BY, NOW))
                .when(new RetireOrganisation(CODE, BY))
                .expectNoEvents()
                .expectException(OrganisationStateException.class);
        fixture.given(created(), new OrganisationRetired(CODE, BY, NOW))
                .when(new ReinstateOrganisation(CODE, BY))
                .expectEvents(new OrganisationReinstated(CODE, BY, NOW));
        fixture.given(created())
                .when(new ReinstateOrganisation(CODE, BY))
                .expectNoEvents()
                .expectException(OrganisationStateException.class);
    }

    @Test
    void theDirectoryFoldsAnOrganisationsEventsKeepingARetiredOnesName() {
        Optional<ProviderOrganisations.Organisation> state = Optional.empty();
        for (var event : List.of(created(), new OrganisationRenamed(CODE, "Renamed", BY, NOW),
                new OrganisationServicesChanged(CODE, List.of(HOUSING_FIRST), List.of(LocalAuthority.COVENTRY), BY,
                        NOW),
                new OrganisationRetired(CODE, BY, NOW))) {
            state = Optional.of(OrganisationDirectory.fold(state, event));
        }
        assertThat(state).contains(new ProviderOrganisations.Organisation(CODE, "Renamed", false,
                Set.of("HOUSING_FIRST"), Set.of("COVENTRY")));
        assertThat(state.get().servesPathway(Pathway.THRIVE_INTO_WORK.name())).isFalse();
    }
}
