package uk.wmpathways.app.demo;

import uk.wmpathways.infra.access.Caller;

/** The real command path, as the demo stories use it. */
interface CommandPath {

    /** Sends the command, waits until it is handled and answers its result (the id of what it recorded). */
    String send(Object command);

    /** Registers the person, unless they were registered already by a load that was interrupted. */
    void register(DemoPerson person);

    /** The same path, each command sent as {@code caller} (who recorded it, in the metadata), not as the loader. */
    CommandPath as(Caller caller);
}
