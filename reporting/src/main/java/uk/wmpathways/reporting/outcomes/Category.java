package uk.wmpathways.reporting.outcomes;

/** One row of a breakdown: its key (a code) and the label shown for it. */
record Category(String key, String label) {

    static final String NOT_RECORDED_KEY = "NOT_RECORDED";
    static final Category NOT_RECORDED = new Category(NOT_RECORDED_KEY, "Not recorded");
}
