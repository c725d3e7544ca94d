package uk.wmpathways.infra.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nobody signed in (a background task of the application): what a handler sends while it handles a command or
 * query goes as that message's caller; nothing else gains a caller it was not given.
 */
class CallerDispatchInterceptorsTest {

    private static final Caller DEMO = Caller.system("demo-data");
    private static final Caller OFFICER = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "API");

    private final CallerDispatchInterceptors callers = new CallerDispatchInterceptors(null, null);

    private Optional<Caller> callerOfQuerySentWhileHandling(Message<?> handled) {
        AtomicReference<Optional<Caller>> sent = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(handled).execute(() -> sent.set(Caller.from(dispatch(question()).getMetaData())));
        return sent.get();
    }

    private QueryMessage<?, ?> dispatch(QueryMessage<?, ?> query) {
        return callers.<QueryMessage<?, ?>>interceptor().handle(List.of(query)).apply(0, query);
    }

    private static QueryMessage<?, ?> question() {
        return new GenericQueryMessage<>("how many open enrolments?", ResponseTypes.instanceOf(Integer.class));
    }

    private static CommandMessage<?> command(Caller caller) {
        return GenericCommandMessage.asCommandMessage("a step").andMetaData(caller.toMetaData());
    }

    @Test
    void aQuestionAHandlerAsksGoesAsTheCallerOfTheCommandItHandles() {
        assertThat(callerOfQuerySentWhileHandling(command(DEMO))).contains(DEMO);
        assertThat(callerOfQuerySentWhileHandling(command(OFFICER))).contains(OFFICER);
    }

    @Test
    void aQuestionAskedWhileHandlingAQueryGoesAsThatQuerysCaller() {
        assertThat(callerOfQuerySentWhileHandling(question().andMetaData(OFFICER.toMetaData()))).contains(OFFICER);
    }

    @Test
    void aQuestionAskedWhileHandlingAnEventGoesWithoutACaller() {
        assertThat(callerOfQuerySentWhileHandling(GenericEventMessage.asEventMessage("something happened")
                .andMetaData(OFFICER.toMetaData()))).isEmpty();
    }

    @Test
    void aMessageSentOutsideAnyHandlingGoesWithoutACaller() {
        assertThat(Caller.from(dispatch(question()).getMetaData())).isEmpty();
    }

    @Test
    void aCallerTheMessageWasGivenIsKept() {
        AtomicReference<Optional<Caller>> sent = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(command(OFFICER)).execute(() -> sent.set(Caller.from(
                dispatch(question().andMetaData(DEMO.toMetaData())).getMetaData())));
        assertThat(sent.get()).contains(DEMO);
    }
}
