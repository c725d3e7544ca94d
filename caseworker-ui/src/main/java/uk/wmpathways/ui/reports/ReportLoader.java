package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.client.Reports;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Asks for the dashboard's reports off the UI thread ({@link ReportWork}) and hands them to the page when they
 * arrive. Only the latest request is shown: an answer to one that a newer request (or leaving the page) replaced
 * is dropped.
 */
final class ReportLoader {

    private static final Logger log = LoggerFactory.getLogger(ReportLoader.class);

    private final Reports reports;
    private final ReportWork work;
    private final AtomicInteger latest = new AtomicInteger();

    ReportLoader(Reports reports, ReportWork work) {
        this.reports = reports;
        this.work = work;
    }

    /** Every report of the dashboard for {@code criteria}, with {@code pathway}'s equality breakdown. */
    void load(UI ui, ReportCriteria criteria, Pathway pathway, Consumer<Dashboard> shown, Runnable failed) {
        int load = latest.incrementAndGet();
        work.submit(() -> {
            try {
                Dashboard dashboard = new Dashboard(criteria, reports.thriveIntoWork(criteria).join(),
                        reports.housingFirst(criteria).join(), reports.roughSleeping(criteria).join(),
                        reports.funding(criteria).join(), reports.equality(criteria, pathway).join(),
                        reports.gpReferrals(criteria).join());
                access(ui, load, () -> shown.accept(dashboard));
            } catch (RuntimeException e) {
                log.warn("Dashboard reports failed: {}", e.getClass().getName());
                access(ui, load, failed);
            }
        });
    }

    /** Another pathway's equality breakdown for the figures shown: only that report is asked for. */
    void loadEquality(UI ui, Dashboard current, Pathway pathway, Consumer<Dashboard> shown, Runnable failed) {
        int load = latest.incrementAndGet();
        work.submit(() -> {
            try {
                EqualityReport report = reports.equality(current.criteria(), pathway).join();
                access(ui, load, () -> shown.accept(new Dashboard(current.criteria(), current.thriveIntoWork(),
                        current.housingFirst(), current.roughSleeping(), current.funding(), report,
                        current.gpReferrals())));
            } catch (RuntimeException e) {
                log.warn("Equality report failed: {}", e.getClass().getName());
                access(ui, load, failed);
            }
        });
    }

    /** Drops any answer still on its way (the page was left). */
    void cancel() {
        latest.incrementAndGet();
    }

    /**
     * Whether nothing happened in the period on any pathway: no job start, Housing First referral or tenancy, and
     * no one new to rough sleeping or moved on. Enrolments left open from years before still count as supported,
     * so "supported" alone would call a page of noughts full.
     */
    static boolean nothingHappened(Dashboard dashboard) {
        return none(dashboard.thriveIntoWork().jobStarts()) && none(dashboard.housingFirst().referrals())
                && none(dashboard.housingFirst().accommodated())
                && none(dashboard.roughSleeping().newToRoughSleeping()) && none(dashboard.roughSleeping().movedOn());
    }

    private static boolean none(Figure figure) {
        return figure == null || !figure.isSuppressed() && (figure.value() == null || figure.value() == 0L);
    }

    private void access(UI ui, int load, Runnable change) {
        try {
            ui.access(() -> {
                if (load == latest.get()) {
                    change.run();
                }
            });
        } catch (UIDetachedException gone) {
            // the page was closed meanwhile
        }
    }
}
