package uk.wmpathways.app.demo;

/** One participant's part in the demo data: what happened to them, sent as commands in the order it happened. */
interface Story {

    DemoPerson person();

    void tell(CommandPath commands);
}
