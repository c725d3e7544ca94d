package uk.wmpathways.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;

import java.util.Objects;

/**
 * Reads a snapshot only when it was taken of the aggregate as it is now: its stored revision must be the
 * {@link Revision} the aggregate class carries today (none for none). When an aggregate's state changes shape, its
 * class's revision goes up, every older snapshot is passed over, the aggregate is rebuilt from its events, and a
 * new snapshot is taken when its trigger next fires. Without this, Jackson (which ignores unknown properties)
 * would read an old snapshot into the new shape and silently leave out what it does not recognise.
 */
public final class CurrentRevisionSnapshots implements SnapshotFilter {

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedType type = snapshot.getPayload().getType();
        Class<?> aggregate;
        try {
            aggregate = Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError gone) {
            return false;
        }
        Revision revision = aggregate.getAnnotation(Revision.class);
        return Objects.equals(revision == null ? null : revision.value(), type.getRevision());
    }
}
