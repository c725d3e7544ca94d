package uk.wmpathways.reporting.outcomes;

/** A person's job start: their first paid job of 4 or more hours a week, and the enrolment it was recorded on. */
record JobStart(OutcomeRow enrolment, Job job) {
}
