package uk.wmpathways.app.demo;

/** The real command path, as the demo stories use it. */
interface CommandPath {

    /** Sends the command, waits until it is handled and answers its result (the id of what it recorded). */
    String send(Object command);

    /** Registers the person, unless they were registered already by a load that was interrupted. */
    void register(DemoPerson person);
}
