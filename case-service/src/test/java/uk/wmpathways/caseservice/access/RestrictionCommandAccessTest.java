package uk.wmpathways.caseservice.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restricting and lifting are the data protection officer's, in their own name, on the command bus. */
class RestrictionCommandAccessTest {

    private final CommandAccess access = new CommandAccess();

    private Object send(Caller caller, Object command) throws Exception {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(caller.toMetaData());
        UnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            return access.handle(unitOfWork, () -> "handled");
        } finally {
            unitOfWork.rollback();
        }
    }

    private static List<Object> commandsIn(String name) {
        return List.of(new RestrictProcessing("p-1", RestrictionGround.OBJECTION_PENDING, null, name),
                new LiftProcessingRestriction("p-1", name));
    }

    @Test
    void theDataProtectionOfficerRestrictsAndLiftsInTheirOwnName() throws Exception {
        Caller officer = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test");
        for (Object command : commandsIn("dpo")) {
            assertThat(send(officer, command)).isEqualTo("handled");
        }
        for (Object command : commandsIn("someone-else")) {
            assertThatThrownBy(() -> send(officer, command)).isInstanceOf(AccessRefusedException.class)
                    .hasMessageContaining("name of the person signed in");
        }
    }

    @Test
    void everyOtherRoleInAnyOrganisationIsRefused() {
        List<Caller> others = List.of(
                Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH", "test"),
                Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "test"),
                Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), "DEMO-SUPPORT", "test"),
                Caller.person("admin", Set.of(Role.ADMIN), null, "test"),
                Caller.person("gp", Set.of(Role.GP_REFERRER), null, "test"));
        for (Caller caller : others) {
            for (Object command : commandsIn(caller.username())) {
                assertThatThrownBy(() -> send(caller, command)).as(caller.username() + " " + command)
                        .isInstanceOf(AccessRefusedException.class)
                        .hasMessageContaining("data protection officer");
            }
        }
    }
}
