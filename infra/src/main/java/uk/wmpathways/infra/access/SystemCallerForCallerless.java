package uk.wmpathways.infra.access;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.function.BiFunction;

/**
 * For in-process tools that send commands and queries with nobody signed in (benchmarks, tests that drive the
 * buses directly): a message without a caller is sent as {@link Caller#system}. Never a bean of the application
 * itself: there, a message without a caller is refused. Never for a message sent while an HTTP request is being
 * answered either: a request whose caller was not found must be refused in a test as it is in the application,
 * so that a test cannot pass on a caller the application would not have.
 */
public final class SystemCallerForCallerless implements MessageDispatchInterceptor<Message<?>> {

    private final Caller system;

    public SystemCallerForCallerless(String what) {
        this.system = Caller.system(what);
    }

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> Caller.from(message.getMetaData()).isPresent() || inHttpRequest()
                ? message : message.andMetaData(system.toMetaData());
    }

    private static boolean inHttpRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes;
    }
}
