package uk.wmpathways.reporting.api;

import uk.wmpathways.infra.web.InvalidField;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Which periods and as-at days a report may be asked for (docs/disclosure.md). A report of one day, or two
 * reports a day apart, would let their difference show one person; so every period is whole calendar months
 * that have ended, and an as-at day is the last day of a month, or today (as known now). The reporting module
 * refuses anything else in its query handlers, and the REST parameters and the dashboard ask the same rules
 * first, so that no front end can disagree with them.
 */
public final class ReportPeriodRules {

    private ReportPeriodRules() {
    }

    /** The last day of the last month that has ended by {@code today}: the latest end a period may have. */
    public static LocalDate lastCompleteMonthEnd(LocalDate today) {
        return today.withDayOfMonth(1).minusDays(1);
    }

    public static LocalDate monthStart(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    public static LocalDate monthEnd(LocalDate day) {
        return day.with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * What is wrong with these dates, field by field (from, to, asAt); empty when a report may be built. A null
     * date is not checked here (whether it is required is the caller's business).
     */
    public static List<InvalidField> problems(LocalDate from, LocalDate to, LocalDate asAt, LocalDate today) {
        List<InvalidField> problems = new ArrayList<>();
        if (from != null && !from.equals(monthStart(from))) {
            problems.add(new InvalidField("from", "A period starts on the 1st of a month (reports cover whole "
                    + "calendar months so that no single day's figures can be worked out): use "
                    + monthStart(from) + ", for example"));
        }
        LocalDate latest = lastCompleteMonthEnd(today);
        if (to != null && !to.equals(monthEnd(to))) {
            problems.add(new InvalidField("to", "A period ends on the last day of a month (reports cover whole "
                    + "calendar months so that no single day's figures can be worked out): use "
                    + (monthEnd(to).isAfter(latest) ? latest : monthEnd(to)) + ", for example"));
        } else if (to != null && to.isAfter(latest)) {
            problems.add(new InvalidField("to", "A period ends with a month that has ended: the latest allowed "
                    + "end is " + latest + " (a month in progress would show its figures day by day)"));
        } else if (from != null && to != null && from.isAfter(to)) {
            problems.add(new InvalidField("to", "The period must not end before it starts (from " + from
                    + ", to " + to + ")"));
        }
        if (asAt != null && asAt.isAfter(today)) {
            problems.add(new InvalidField("asAt", "The as-at date cannot be in the future: use " + today
                    + " or earlier"));
        } else if (asAt != null && !asAt.equals(today) && !asAt.equals(monthEnd(asAt))) {
            problems.add(new InvalidField("asAt", "The as-at date is the last day of a month, or today (two "
                    + "reports a day apart would show one day's changes): use " + monthEnd(asAt.minusMonths(1))
                    + " or " + (monthEnd(asAt).isAfter(today) ? today : monthEnd(asAt))));
        }
        return problems;
    }

    /** Refuses criteria that break the rules, with a message per field ({@link ReportRefusedException}). */
    public static void check(ReportCriteria criteria, LocalDate today) {
        List<InvalidField> problems = problems(criteria.from(), criteria.to(), criteria.asAt(), today);
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
    }
}
