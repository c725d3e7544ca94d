package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.client.Reports;
import uk.wmpathways.reporting.export.ExportDescriptions;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The programme manager's dashboard: headline figures per pathway, job conversion by local authority, the
 * trial arms with their confidence intervals and the trial effect, GP referrals, funding against outcomes and an
 * equality breakdown, for the period, as-at date, area and provider of the {@link ReportFilterBar}; with exports
 * of the same ({@link DashboardExport}). Reports arrive off the UI thread ({@link ReportLoader}). When the first
 * period shown has nothing happening in it, the programmes' own periods are tried in turn, so that a manager opening the
 * dashboard over old records sees them rather than a page of noughts. Aggregates only: nothing here names a person.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Outcome reports | Pathways")
@RolesAllowed({"PROGRAMME_MANAGER", "ADMIN"})
public class ReportsView extends VerticalLayout {

    private final Reports reports;
    private final ProviderOrganisations organisations;
    private final ReportLoader loader;
    private final ReportFilterBar filters;
    private final EqualityPanel equality = new EqualityPanel(this::loadEquality);
    private final DashboardExport export;
    private final ProgressBar loading = new ProgressBar();
    private final Span shownFor = new Span();
    private final Paragraph periodNote = new Paragraph();
    private final Paragraph failure = new Paragraph();
    private final Div headlines = new Div();
    private final Div conversionByAuthority = new Div();
    private final Div trial = new Div();
    private final Div funding = new Div();
    private final Div gpReferrals = new Div();
    /** The programme periods still to try while the page opens on a period with nothing recorded. */
    private final Deque<ReportPeriods.Period> fallbacks;
    private boolean fallingBack;
    private Dashboard shown;

    public ReportsView(Reports reports, ReportWork work, ExportDescriptions descriptions,
                       ProviderOrganisations organisations, Clock clock) {
        this.reports = reports;
        this.organisations = organisations;
        this.loader = new ReportLoader(reports, work);
        this.filters = new ReportFilterBar(organisations, clock, this::filtersChanged);
        this.export = new DashboardExport(work, descriptions, clock);
        this.fallbacks = new ArrayDeque<>(ReportPeriods.fallbacks(LocalDate.now(clock)));
        addClassName("pathways-page");
        addClassName("pathways-dashboard");

        loading.setIndeterminate(true);
        loading.setId("report-loading");
        loading.getElement().setAttribute("aria-label", "Loading the reports");
        shownFor.setId("report-shown-for");
        shownFor.addClassName("pathways-form-note");
        shownFor.getElement().setAttribute("role", "status");
        periodNote.setId("report-period-note");
        periodNote.addClassName("pathways-form-note");
        periodNote.setVisible(false);
        failure.setId("report-failure");
        failure.addClassName("pathways-form-problem");
        failure.setVisible(false);
        headlines.setId("headlines");
        headlines.addClassName("pathways-headlines");

        add(new H2("Outcome reports"),
                note("report-about", "Aggregates across providers and areas. Counts from 1 to 4 are shown as <5; a "
                        + "figure that would reveal one is shown as [c] (confidential), and no percentage is shown "
                        + "beside either. Reports cover whole months that have ended; equality breakdowns are "
                        + "rounded to the nearest 5."),
                note("report-confidence", ReportText.CONFIDENCE_INTERVALS),
                note("report-as-at-meaning", ReportText.AS_AT),
                note("suppression-legend", "Legend: " + Figure.LEGEND),
                filters, shownFor, periodNote, loading, failure, export,
                section("Headline figures", headlines),
                section("Thrive into Work: job conversion rate by local authority", conversionByAuthority),
                section("Thrive into Work trial", trial),
                section("Thrive into Work: GP referrals", gpReferrals),
                section("Funding and outcomes", funding),
                section("Equality", equality));
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("pathways-form-note");
        return note;
    }

    private static Section section(String title, Component... content) {
        Section section = new Section();
        section.addClassName("pathways-report-section");
        section.add(new H3(title));
        section.add(content);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        load();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        loader.cancel();
        super.onDetach(detachEvent);
    }

    /** A person changed a filter: what they chose is shown, and no other period is tried instead. */
    private void filtersChanged() {
        if (!fallingBack) {
            fallbacks.clear();
            periodNote.setVisible(false);
        }
        load();
    }

    private void load() {
        ReportCriteria criteria = filters.criteria();
        UI ui = UI.getCurrent();
        if (criteria == null || ui == null) {
            return;
        }
        loading.setVisible(true);
        failure.setVisible(false);
        shownFor.setText("Loading " + describe(criteria) + "…");
        loader.load(ui, criteria, equality.pathway(), this::show,
                () -> failed("The reports could not be prepared. Please try again."));
    }

    private void loadEquality() {
        UI ui = UI.getCurrent();
        if (shown == null || ui == null) {
            load();
            return;
        }
        loading.setVisible(true);
        loader.loadEquality(ui, shown, equality.pathway(), dashboard -> {
            loading.setVisible(false);
            shown = dashboard;
            equality.show(dashboard.equality());
            export.follow(exportRequest(dashboard.criteria()));
        }, () -> failed("The equality breakdown could not be prepared. Please try again."));
    }

    private void failed(String message) {
        loading.setVisible(false);
        failure.setText(message);
        failure.setVisible(true);
    }

    private String describe(ReportCriteria criteria) {
        String knownAt = criteria.asAt() == null ? "as known now"
                : "as known at the end of " + UkFormats.date(criteria.asAt());
        String area = criteria.localAuthority() == null ? "all local authorities"
                : criteria.localAuthority().displayName();
        String providers = criteria.providerOrganisation() == null ? "all providers"
                : organisations.nameOf(criteria.providerOrganisation());
        return UkFormats.date(criteria.from()) + " to " + UkFormats.date(criteria.to()) + ", " + knownAt + ", "
                + area + ", " + providers;
    }

    private void show(Dashboard dashboard) {
        if (!fallbacks.isEmpty() && ReportLoader.nothingHappened(dashboard)) {
            ReportPeriods.Period next = fallbacks.poll();
            periodNote.setText("No job starts, referrals, tenancies or move-ons were recorded from " + UkFormats.date(dashboard.criteria().from()) + " to "
                    + UkFormats.date(dashboard.criteria().to()) + ", so the dashboard shows the " + next.label()
                    + " instead, the most recent programme period. Choose any other period above.");
            periodNote.setVisible(true);
            fallingBack = true;
            try {
                filters.choose(next);
            } finally {
                fallingBack = false;
            }
            return;
        }
        fallbacks.clear();
        shown = dashboard;
        loading.setVisible(false);
        shownFor.setText("Showing " + describe(dashboard.criteria()) + ".");
        headlines.removeAll();
        headlines.add(HeadlineCards.of(dashboard));
        ThriveIntoWorkReport tiw = dashboard.thriveIntoWork();
        conversionByAuthority.removeAll();
        conversionByAuthority.add(new ChartPanel("conversion-by-la", "Job conversion rate by local authority",
                false, "Local authority", "Job starts", "Supported", "Job conversion rate (%)",
                SvgBarChart.Orientation.HORIZONTAL, rows(tiw.byLocalAuthority()))
                .defined(tiw.byLocalAuthority() == null ? null : tiw.byLocalAuthority().definition()));
        TrialPanel.show(trial, tiw.trialEffect());
        gpReferrals.removeAll();
        gpReferrals.add(GpReferralTables.of(dashboard.gpReferrals()));
        FundingPanel.show(funding, dashboard.funding());
        equality.show(dashboard.equality());
        export.follow(exportRequest(dashboard.criteria()));
    }

    static List<ChartRow> rows(Breakdown breakdown) {
        return breakdown == null || breakdown.rows() == null ? List.of()
                : breakdown.rows().stream().map(ChartRow::of).toList();
    }

    /** The export of what the dashboard shows: the same criteria and equality pathway, asked again. */
    private DashboardExport.Request exportRequest(ReportCriteria criteria) {
        Pathway pathway = equality.pathway();
        return new DashboardExport.Request(criteria, List.of(
                new DashboardExport.Part("Thrive into Work", () -> reports.thriveIntoWork(criteria).join()),
                new DashboardExport.Part("Housing First", () -> reports.housingFirst(criteria).join()),
                new DashboardExport.Part("Rough Sleeping Initiative", () -> reports.roughSleeping(criteria).join()),
                new DashboardExport.Part("Funding", () -> reports.funding(criteria).join()),
                new DashboardExport.Part("GP referrals", () -> reports.gpReferrals(criteria).join()),
                new DashboardExport.Part("Equality: " + pathway.label(),
                        () -> reports.equality(criteria, pathway).join())));
    }
}
