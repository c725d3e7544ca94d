package uk.wmpathways.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

import java.time.Duration;

/**
 * Warns, {@link #WARN_BEFORE} ahead, that the session is about to end for inactivity, with a button to stay
 * signed in. The server ends a session when no request from its pages has come for the session time-out
 * ({@code vaadin.closeIdleSessions}; heartbeats do not count). A warning sent by the server would itself be
 * a request, so the page keeps the time with a small script and shows this (hidden) box on its own:
 * <ul>
 * <li>the script counts from the last request it knows reached the server: the page's load, then each
 * {@link #stillHere()} it sends;</li>
 * <li>on any click or key press it sends {@link #stillHere()}, at most once a {@link #PING_EVERY} (typing in a
 * field sends nothing to the server by itself, yet is not inactivity), and hides the box;</li>
 * <li>so the box shows no later than {@link #WARN_BEFORE} before the server can end the session: the server
 * counts from the same request or a later one.</li>
 * </ul>
 */
class IdleWarning extends Div {

    static final Duration WARN_BEFORE = Duration.ofMinutes(2);
    static final Duration PING_EVERY = Duration.ofMinutes(1);
    private static final String SCRIPT = """
            const box = this, timeout = $0 * 1000, warnBefore = $1 * 1000, pingEvery = $2 * 1000;
            let lastSeen = Date.now();
            const active = () => {
              box.hidden = true;
              if (Date.now() - lastSeen >= pingEvery) {
                lastSeen = Date.now();
                box.$server.stillHere();
              }
            };
            ['pointerdown', 'keydown'].forEach(type =>
                document.addEventListener(type, active, {capture: true, passive: true}));
            setInterval(() => {
              if (Date.now() - lastSeen >= timeout - warnBefore) {
                box.hidden = false;
              }
            }, 5000);
            """;

    IdleWarning() {
        setId("idle-warning");
        addClassName("pathways-idle-warning");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("hidden", true);
        Span text = new Span("You will be signed out in about " + WARN_BEFORE.toMinutes() + " minutes as nothing has"
                + " been done for a while. Anything typed and not yet saved would be lost.");
        // The click is a request to the server, which is what keeps the session; the script hides the box.
        Button stay = new Button("Stay signed in", click -> { });
        stay.setId("stay-signed-in");
        add(text, stay);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        int timeoutSeconds = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        if (timeoutSeconds > WARN_BEFORE.toSeconds()) {
            // Integers: Vaadin sends no longs to the page
            getElement().executeJs(SCRIPT, timeoutSeconds, (int) WARN_BEFORE.toSeconds(), (int) PING_EVERY.toSeconds());
        }
    }

    /** Activity on the page: the request itself is what counts, there is nothing else to do. */
    @ClientCallable
    void stillHere() {
    }
}
