package uk.wmpathways.ui.casework;

import java.time.Duration;

/**
 * What a page shows for a record its read model has no row for. The read models follow the event store a moment
 * later (minutes, while a large load is recorded): a record that the event store holds is still updating, never
 * "not found", and after a minute the page says that updating is slow.
 */
public final class StillUpdating {

    public static final Duration SLOW_AFTER = Duration.ofMinutes(1);

    public enum State {
        /** The read model has the record: show it. */
        SHOW,
        /** Written but not in the read model yet: say so and look again in a second. */
        STILL_UPDATING,
        /** Still not in the read model after a minute: say that updating is slow, and keep looking. */
        SLOW,
        /** Neither the read model nor the event store has it. */
        NOT_FOUND
    }

    private StillUpdating() {
    }

    public static State decide(boolean inReadModel, boolean written, Duration waited) {
        if (inReadModel) {
            return State.SHOW;
        }
        if (!written) {
            return State.NOT_FOUND;
        }
        return waited.compareTo(SLOW_AFTER) >= 0 ? State.SLOW : State.STILL_UPDATING;
    }
}
