package uk.wmpathways.infra.access;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Puts the signed-in caller into every command and query sent through the gateways, replacing whatever caller
 * the message carried: a request can never choose who it claims to be. Roles and organisation are read from the
 * account once per HTTP request ({@link UserAccounts#findForThisRequest}), so a disabled account or a changed role
 * takes effect from the next request. Without a signed-in
 * person the message keeps the caller the application gave it ({@link Caller#system}); one sent without a caller
 * while a command or query is handled (a handler asking a question) goes as that command's or query's caller, so
 * that a step the application sends in the background is answered as its own; any other goes without one, and
 * handlers refuse it.
 */
public class CallerDispatchInterceptors {

    private final UserAccounts accounts;
    private final ObjectProvider<ChannelNames> channelNames;

    public CallerDispatchInterceptors(UserAccounts accounts, ObjectProvider<ChannelNames> channelNames) {
        this.accounts = accounts;
        this.channelNames = channelNames;
    }

    /** Adds the caller to one message. */
    public <M extends Message<?>> MessageDispatchInterceptor<M> interceptor() {
        return new MessageDispatchInterceptor<>() {
            @Override
            @SuppressWarnings("unchecked")
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                return (index, message) -> signedIn()
                        .or(() -> Caller.from(message.getMetaData()).isPresent() ? Optional.empty() : handling())
                        .map(caller -> (M) message.andMetaData(caller.toMetaData()))
                        .orElse(message);
            }
        };
    }

    /** The caller of the command or query this thread is handling, if any (not of an event: events have none). */
    static Optional<Caller> handling() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Message<?> handled = CurrentUnitOfWork.get().getMessage();
        return handled instanceof CommandMessage<?> || handled instanceof QueryMessage<?, ?>
                ? Caller.from(handled.getMetaData()) : Optional.empty();
    }

    /** The signed-in caller of the current thread, if any. */
    public Optional<Caller> signedIn() {
        Authentication authentication = currentAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findForThisRequest(authentication.getName())
                .filter(UserAccount::enabled)
                .map(account -> Caller.person(account.username(), account.roles(), account.organisation(),
                        channel()).withPractice(account.practiceOdsCode()));
    }

    /**
     * Who signed in: in a request, the request's own principal (set by the security filters, whatever holder
     * strategy they were built with); elsewhere the thread's security context (a task handed on by the UI).
     */
    public static Authentication currentAuthentication() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getUserPrincipal() instanceof Authentication principal) {
                return principal;
            }
            // A stateless (API) sign-in is kept in the request by Spring Security's request-attribute repository;
            // the static holder may hold another strategy's context (Vaadin installs its own).
            if (request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME)
                    instanceof SecurityContext context && context.getAuthentication() != null) {
                return context.getAuthentication();
            }
        }
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI();
            if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
                return "API " + request.getMethod() + " " + path;
            }
            if (path != null && path.startsWith(request.getContextPath() + "/fhir/")) {
                return "FHIR " + request.getMethod() + " " + path;
            }
        }
        ChannelNames names = channelNames.getIfAvailable();
        return "UI" + (names == null ? "" : names.current().map(view -> " " + view).orElse(""));
    }
}
