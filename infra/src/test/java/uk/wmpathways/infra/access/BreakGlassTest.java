package uk.wmpathways.infra.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Breaking the glass needs a reason, lasts a while, and is there for the data protection officer to review. */
class BreakGlassTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));
    private final AccessLog log = new AccessLog(mongo.template, clock);
    private final BreakGlass glass = new BreakGlass(mongo.template, log, clock, Duration.ofHours(2));
    private final Caller outreach = Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH", "UI");
    private final Caller officer = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "UI");

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void isRefusedWithoutAReasonAndGrantsNothing() {
        assertThatThrownBy(() -> glass.breakGlass(outreach, "p-1", "   "))
                .isInstanceOf(BreakGlassReasonException.class);
        assertThatThrownBy(() -> glass.breakGlass(outreach, "p-1", "urgent"))
                .isInstanceOf(BreakGlassReasonException.class);

        assertThat(glass.active(outreach, "p-1")).isEmpty();
        assertThat(log.aboutParticipant("p-1", 10)).isEmpty();
    }

    @Test
    void grantsSightOfThatPersonOnlyUntilItExpires() {
        glass.breakGlass(outreach, "p-1", "Found unconscious, ambulance asks for known conditions");

        assertThat(glass.active(outreach, "p-1")).isPresent();
        assertThat(glass.active(outreach, "p-2")).isEmpty();
        assertThat(glass.activeParticipants(outreach)).containsExactly("p-1");
        assertThat(glass.active(Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "UI"), "p-1"))
                .as("the glass is broken for one person, not for their organisation").isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(glass.active(outreach, "p-1")).isEmpty();
    }

    @Test
    void isForCaseworkersOnly() {
        Caller admin = Caller.person("admin", Set.of(Role.ADMIN), null, "UI");
        assertThatThrownBy(() -> glass.breakGlass(admin, "p-1", "I would like to see this record please"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(glass.active(admin, "p-1")).isEmpty();
    }

    @Test
    void isLoggedWithItsReasonAndWaitsForReviewByTheDataProtectionOfficer() {
        BreakGlassUse use = glass.breakGlass(outreach, "p-1", "Safeguarding: police welfare check tonight");

        assertThat(log.aboutParticipant("p-1", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AccessAction.BREAK_GLASS);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.BREAK_GLASS);
            assertThat(entry.reason()).isEqualTo("Safeguarding: police welfare check tonight");
        });
        assertThatThrownBy(() -> glass.uses(outreach, true, 10)).isInstanceOf(AccessRefusedException.class);
        assertThat(glass.uses(officer, true, 10)).extracting(BreakGlassUse::id).containsExactly(use.id());

        assertThat(glass.review(officer, use.id(), "Checked with the team leader")).isTrue();
        assertThat(glass.uses(officer, true, 10)).isEmpty();
        assertThat(glass.uses(officer, false, 10)).singleElement()
                .satisfies(reviewed -> assertThat(reviewed.reviewedBy()).isEqualTo("dpo"));
    }
}
