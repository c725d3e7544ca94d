package uk.wmpathways.infra.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryMessage;

import java.util.List;
import java.util.function.BiFunction;

/**
 * For in-process tools that send commands and queries with nobody signed in (benchmarks, tests that drive the
 * buses directly): a message without a caller is sent as {@link Caller#system}. Never a bean of the application
 * itself: there, a message without a caller is refused. (It cannot tell a test's own thread from a request's:
 * Spring's test support binds a mock request to the test thread.)
 */
public final class SystemCallerForCallerless {

    private final Caller system;

    public SystemCallerForCallerless(String what) {
        this.system = Caller.system(what);
    }

    /** Registered on the gateways by {@code AccessAutoConfiguration}, after the signed-in caller's. */
    MessageDispatchInterceptor<CommandMessage<?>> forCommands() {
        return interceptor();
    }

    MessageDispatchInterceptor<QueryMessage<?, ?>> forQueries() {
        return interceptor();
    }

    private <M extends Message<?>> MessageDispatchInterceptor<M> interceptor() {
        return new MessageDispatchInterceptor<>() {
            @Override
            @SuppressWarnings("unchecked")
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                // Not for what a handler sends: that takes its caller as in the application (or is refused).
                return (index, message) -> Caller.from(message.getMetaData()).isPresent()
                        || CurrentUnitOfWork.isStarted() ? message : (M) message.andMetaData(system.toMetaData());
            }
        };
    }
}
