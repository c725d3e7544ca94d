package uk.wmpathways.infra.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.wmpathways.infra.security.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A GP referrer's practice travels in the caller's metadata, and only a GP referrer refers for it. */
class CallerPracticeTest {

    @Test
    void thePracticeTravelsInTheMetadata() {
        Caller gp = Caller.person("gp-y90001", Set.of(Role.GP_REFERRER), null, "FHIR").withPractice("Y90001");

        assertThat(Caller.from(gp.toMetaData())).contains(gp);
        assertThat(Caller.from(gp.toMetaData()).orElseThrow().practice()).isEqualTo("Y90001");
    }

    @Test
    void aCallerOfNoPracticeReadsBackWithNone() {
        Caller caseworker = Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "API");

        assertThat(Caller.from(caseworker.toMetaData()).orElseThrow().practice()).isNull();
        assertThat(caseworker.withPractice(" ").practice()).isNull();
    }

    @Test
    void aGpReferrerRefersOnlyForTheirOwnPractice() {
        Caller gp = Caller.person("gp-y90001", Set.of(Role.GP_REFERRER), null, "FHIR").withPractice("Y90001");

        assertThat(gp.refersFor("Y90001")).isTrue();
        assertThat(gp.refersFor("Y90002")).isFalse();
        assertThat(gp.withPractice(null).refersFor("Y90001")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "GP_REFERRER", mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleRefersForAPracticeEvenWithOneInItsMetadata(Role role) {
        Caller other = Caller.person("someone", Set.of(role), "DEMO-SUPPORT", "API").withPractice("Y90001");

        assertThat(other.refersFor("Y90001")).isFalse();
        assertThat(Caller.system("demo-data").refersFor("Y90001")).isFalse();
    }
}
