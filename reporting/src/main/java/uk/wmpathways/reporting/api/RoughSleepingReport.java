package uk.wmpathways.reporting.api;

import java.util.Map;

/**
 * Rough Sleeping Initiative outcomes: people supported in the period, of whom new (not known to have slept
 * rough in the area in the previous 60 months), accommodated (placed in emergency accommodation), moved on (to
 * settled accommodation intended to last 6 months or more), and returned to rough sleeping 0-180, 181-365 and
 * 366-730 days after a move-on: each a rate whose base is the people moved on in the period whose move-on is old
 * enough for the whole window by the day judged, and whose numerator is those of them first seen sleeping rough
 * again in the window.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record RoughSleepingReport(ReportCriteria criteria,
                                  Figure supported,
                                  Figure newToRoughSleeping,
                                  Figure accommodated,
                                  Figure movedOn,
                                  Rate returnedWithin180Days,
                                  Rate returned181To365Days,
                                  Rate returned366To730Days,
                                  Breakdown byLocalAuthority,
                                  Breakdown byProvider,
                                  Map<String, Definition.Text> definitions) {
}
