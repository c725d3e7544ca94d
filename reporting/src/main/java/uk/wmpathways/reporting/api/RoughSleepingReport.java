package uk.wmpathways.reporting.api;

/**
 * Rough Sleeping Initiative outcomes: people supported in the period, of whom new (not known to have slept
 * rough in the area in the previous 60 months), accommodated (placed in emergency accommodation), moved on (to
 * settled accommodation intended to last 6 months or more), and returned to rough sleeping 0-180, 181-365 and
 * 366-730 days after a move-on.
 */
public record RoughSleepingReport(ReportCriteria criteria,
                                  Figure supported,
                                  Figure newToRoughSleeping,
                                  Figure accommodated,
                                  Figure movedOn,
                                  Figure returnedWithin180Days,
                                  Figure returned181To365Days,
                                  Figure returned366To730Days,
                                  Breakdown byLocalAuthority,
                                  Breakdown byProvider) {
}
