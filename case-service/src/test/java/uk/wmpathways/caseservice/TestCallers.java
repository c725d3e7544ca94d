package uk.wmpathways.caseservice;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.Set;
import java.util.function.Supplier;

/** Callers for aggregate fixtures, which have no signed-in person: commands are sent as one of these. */
public final class TestCallers {

    private TestCallers() {
    }

    public static Caller caseworker(String username, String organisation) {
        return Caller.person(username, Set.of(Role.CASEWORKER), organisation, "test");
    }

    public static Caller withRole(String username, Role role, String organisation) {
        return Caller.person(username, Set.of(role), organisation, "test");
    }

    /** Sends every command that names no caller as {@code caller}. */
    public static MessageDispatchInterceptor<CommandMessage<?>> unlessGiven(Caller caller) {
        return unlessGiven(() -> caller);
    }

    /** Sends every command that names no caller as the caller {@code caller} supplies when it is sent. */
    public static MessageDispatchInterceptor<CommandMessage<?>> unlessGiven(Supplier<Caller> caller) {
        return messages -> (index, message) -> Caller.from(message.getMetaData()).isPresent()
                ? message : message.andMetaData(caller.get().toMetaData());
    }
}
