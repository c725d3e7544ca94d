package uk.wmpathways.ui.casework;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * "Still updating…" for a record that is written but not in the read model yet: looks again every second (UI
 * polling, as the GP referral inbox does; no push) and, once the read model has it, lets the page show it.
 */
public class StillUpdatingNotice extends Div {

    static final int POLL_MILLIS = 1000;
    public static final String STILL_UPDATING = "Still updating…";
    public static final String SLOW = "Updating is slow at the moment";

    private final String what;
    private final BooleanSupplier inReadModel;
    private final BooleanSupplier written;
    private final Runnable whenReady;
    private final Clock clock;
    private final Instant since;
    private final H2 title = new H2(STILL_UPDATING);
    private final Paragraph explanation = new Paragraph();
    private Registration polling;

    /**
     * @param what        "This record", "This enrolment": the words the explanation starts with
     * @param inReadModel whether the read model has the record now
     * @param written     whether the event store holds it (asked again in case it was erased meanwhile)
     * @param whenReady   shows the record (the page replaces this notice)
     */
    public StillUpdatingNotice(String what, BooleanSupplier inReadModel, BooleanSupplier written, Runnable whenReady,
                               Clock clock) {
        this.what = what;
        this.inReadModel = inReadModel;
        this.written = written;
        this.whenReady = whenReady;
        this.clock = clock;
        this.since = clock.instant();
        setId("still-updating");
        title.setId("still-updating-title");
        explanation.setText(what + " is saved. The lists and pages that show it are catching up: it appears here "
                + "in a moment, without reloading.");
        add(title, explanation);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> lookAgain());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    private void lookAgain() {
        StillUpdating.State state = StillUpdating.decide(inReadModel.getAsBoolean(), written.getAsBoolean(),
                Duration.between(since, clock.instant()));
        switch (state) {
            case SHOW, NOT_FOUND -> {
                // not found now: erased meanwhile; the page decides what to say
                getUI().ifPresent(this::stopPolling);
                whenReady.run();
            }
            case SLOW -> {
                title.setText(SLOW);
                explanation.setText(what + " is saved and nothing is lost, but the pages that show it are slow to "
                        + "catch up (a large amount of data may be loading). This page keeps checking.");
            }
            case STILL_UPDATING -> title.setText(STILL_UPDATING);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
