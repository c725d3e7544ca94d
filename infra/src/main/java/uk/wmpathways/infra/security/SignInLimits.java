package uk.wmpathways.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many failed sign-ins are tolerated ({@code pathways.sign-in.*}). An account: from the
 * {@code slowDownAfter}-th failure in a row the next attempt must wait 1 s, then 2 s, 4 s...; at
 * {@code accountFailures} it is locked for {@code accountLock}. A client address: {@code addressFailures}
 * failures (whatever the usernames) within {@code addressWindow} pause every attempt from it until the oldest of
 * them is that old, so that one client cannot try one password on every account. Failures of an account are
 * forgotten {@code accountLock} after the last one. At most {@code maxTracked} accounts and as many addresses are
 * remembered (the least recently failed are forgotten first), so that a flood of made-up usernames cannot
 * exhaust memory.
 */
@ConfigurationProperties("pathways.sign-in")
public record SignInLimits(Integer slowDownAfter, Integer accountFailures, Duration accountLock,
                           Integer addressFailures, Duration addressWindow, Integer maxTracked) {

    public SignInLimits {
        slowDownAfter = slowDownAfter == null ? 2 : slowDownAfter;
        accountFailures = accountFailures == null ? 5 : accountFailures;
        accountLock = accountLock == null ? Duration.ofMinutes(15) : accountLock;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        maxTracked = maxTracked == null ? 50_000 : maxTracked;
    }

    public static SignInLimits defaults() {
        return new SignInLimits(null, null, null, null, null, null);
    }
}
