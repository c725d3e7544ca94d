package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;
import uk.wmpathways.reporting.client.Reports;
import uk.wmpathways.reporting.export.ExportDescriptions;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.date.DateField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The programme manager's dashboard: headline figures per pathway, job conversion by local authority, the
 * trial arms with their confidence intervals and the trial effect, funding against outcomes and an equality
 * breakdown, for a chosen period, as-at date and local authority; with exports of the same. Reports are
 * prepared off the UI thread and shown when they arrive. Aggregates only: nothing here names a person.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Outcome reports | Pathways")
@RolesAllowed({"PROGRAMME_MANAGER", "ADMIN"})
public class ReportsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final Reports reports;
    private final ReportWork work;
    private final Clock clock;
    private final ProviderOrganisations organisations;
    private final List<ReportPeriods.Period> periods;
    private final Select<ReportPeriods.Period> period = new Select<>();
    private final DatePicker from = new DateField("From");
    private final DatePicker to = new DateField("To");
    private final DatePicker asAt = new DateField("As at (optional)");
    private final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    private final ComboBox<String> provider = new ComboBox<>("Provider organisation");
    private final Select<Pathway> equalityPathway = new Select<>();
    private final ProgressBar loading = new ProgressBar();
    private final Span shownFor = new Span();
    private final Paragraph failure = new Paragraph();
    private final Div headlines = new Div();
    private final Div conversionByAuthority = new Div();
    private final Div trial = new Div();
    private final Div funding = new Div();
    private final Div gpReferrals = new Div();
    private final Div equality = new Div();
    private final AtomicInteger loads = new AtomicInteger();
    private boolean choosingPeriod;
    private Dashboard shown;

    public ReportsView(Reports reports, ReportWork work, ExportDescriptions descriptions,
                       ProviderOrganisations organisations, Clock clock) {
        this.reports = reports;
        this.work = work;
        this.clock = clock;
        this.organisations = organisations;
        addClassName("pathways-page");
        addClassName("pathways-dashboard");

        LocalDate today = LocalDate.now(clock);
        periods = ReportPeriods.on(today);
        period.setId("report-period");
        period.setLabel("Period");
        period.setWidth("16em");
        period.setItems(periods);
        period.setItemLabelGenerator(ReportPeriods.Period::label);
        period.setValue(periods.get(0));
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != ReportPeriods.CUSTOM) {
                choosePeriod(e.getValue());
            }
        });
        configureDate(from, "report-from", periods.get(0).from());
        configureDate(to, "report-to", periods.get(0).to());
        configureDate(asAt, "report-as-at", null);
        asAt.setMax(today);
        // Reports are of whole months that have ended, as at a month's end (docs/disclosure.md): the pickers say
        // so, and a day picked inside a month is moved to its first or last day.
        from.setHelperText("The 1st of a month");
        to.setHelperText("The last day of a month that has ended");
        to.setMax(ReportPeriodRules.lastCompleteMonthEnd(today));
        asAt.setHelperText("What the system knew at the end of a month; empty for now");
        asAt.setI18n(UkFormats.datePickerI18n("", "The as-at date cannot be in the future"));
        localAuthority.setId("report-local-authority");
        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(LocalAuthority::displayName);
        localAuthority.setPlaceholder("All");
        localAuthority.setClearButtonVisible(true);
        localAuthority.addValueChangeListener(e -> load());
        provider.setId("report-provider");
        provider.setItems(organisations.all().keySet().stream().sorted(Comparator.comparing(organisations::nameOf))
                .toList());
        provider.setItemLabelGenerator(organisations::nameOf);
        provider.setPlaceholder("All");
        provider.setClearButtonVisible(true);
        provider.addValueChangeListener(e -> load());
        HorizontalLayout filters = new HorizontalLayout(period, from, to, asAt, localAuthority, provider);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("pathways-filters");

        loading.setIndeterminate(true);
        loading.setId("report-loading");
        loading.getElement().setAttribute("aria-label", "Loading the reports");
        shownFor.setId("report-shown-for");
        shownFor.addClassName("pathways-form-note");
        shownFor.getElement().setAttribute("role", "status");
        failure.setId("report-failure");
        failure.addClassName("pathways-form-problem");
        failure.setVisible(false);

        equalityPathway.setId("equality-pathway");
        equalityPathway.setLabel("Pathway");
        equalityPathway.setItems(Pathway.THRIVE_INTO_WORK, Pathway.HOUSING_FIRST, Pathway.ROUGH_SLEEPING_INITIATIVE);
        equalityPathway.setItemLabelGenerator(Pathway::label);
        equalityPathway.setValue(Pathway.THRIVE_INTO_WORK);
        equalityPathway.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadEquality();
            }
        });

        DashboardExport export = new DashboardExport(work, descriptions, clock, this::exportRequest);
        headlines.setId("headlines");
        headlines.addClassName("pathways-headlines");

        add(new H2("Outcome reports"),
                new Paragraph("Aggregates across providers and areas. Counts from 1 to 4 are shown as <5; a "
                        + "figure that would reveal one is shown as [c] (confidential), and no percentage is shown "
                        + "beside either. Percentages have 95% confidence intervals. Reports cover whole months "
                        + "that have ended; equality breakdowns are rounded to the nearest 5."),
                legend(),
                filters, shownFor, loading, failure, export,
                section("Headline figures", headlines),
                section("Thrive into Work: job conversion rate by local authority", conversionByAuthority),
                section("Thrive into Work trial", trial),
                section("Thrive into Work: GP referrals", gpReferrals),
                section("Funding and outcomes", funding),
                section("Equality", equalityPathway, equality));
    }

    private void configureDate(DatePicker picker, String id, LocalDate value) {
        picker.setId(id);
        picker.setLocale(Locale.UK);
        picker.setI18n(UkFormats.datePickerI18n());
        picker.setValue(value);
        picker.setClearButtonVisible(id.equals("report-as-at"));
        picker.addValueChangeListener(e -> {
            if (choosingPeriod) {
                return;
            }
            LocalDate steered = steered(picker, e.getValue());
            if (!Objects.equals(steered, e.getValue())) {
                picker.setValue(steered);
                return;
            }
            if (picker != asAt) {
                period.setValue(ReportPeriods.matching(periods, from.getValue(), to.getValue())
                        .orElse(ReportPeriods.CUSTOM));
            }
            load();
        });
    }

    private LocalDate steered(DatePicker picker, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        return picker == from ? ReportPeriods.steerFrom(day)
                : picker == to ? ReportPeriods.steerTo(day, today) : ReportPeriods.steerAsAt(day, today);
    }

    /** Sets both days of a chosen period, then loads its figures once. */
    private void choosePeriod(ReportPeriods.Period chosen) {
        choosingPeriod = true;
        try {
            from.setValue(chosen.from());
            to.setValue(chosen.to());
        } finally {
            choosingPeriod = false;
        }
        load();
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
        loads.incrementAndGet();
        super.onDetach(detachEvent);
    }

    /** The criteria the filters describe, or null (and the fields say why) when they are not valid. */
    ReportCriteria criteria() {
        LocalDate today = LocalDate.now(clock);
        from.setInvalid(false);
        to.setInvalid(false);
        asAt.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setErrorMessage("Choose a date");
            (from.getValue() == null ? from : to).setInvalid(true);
            return null;
        }
        // The reporting module's own rules, so that the dashboard never asks for what it would refuse.
        List<InvalidField> problems = ReportPeriodRules.problems(from.getValue(), to.getValue(), asAt.getValue(),
                today);
        for (InvalidField problem : problems) {
            DatePicker picker = problem.field().equals("from") ? from : problem.field().equals("to") ? to : asAt;
            picker.setErrorMessage(problem.message());
            picker.setInvalid(true);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ReportCriteria(from.getValue(), to.getValue(), asAt.getValue(), localAuthority.getValue(),
                provider.getValue(), null);
    }

    private void load() {
        ReportCriteria criteria = criteria();
        if (criteria == null) {
            return;
        }
        Pathway pathway = equalityPathway.getValue();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        int load = loads.incrementAndGet();
        loading.setVisible(true);
        failure.setVisible(false);
        shownFor.setText("Loading " + describe(criteria) + "…");
        work.submit(() -> {
            try {
                Dashboard dashboard = new Dashboard(criteria, reports.thriveIntoWork(criteria).join(),
                        reports.housingFirst(criteria).join(), reports.roughSleeping(criteria).join(),
                        reports.funding(criteria).join(), reports.equality(criteria, pathway).join(),
                        reports.gpReferrals(criteria).join());
                access(ui, load, () -> show(dashboard));
            } catch (RuntimeException e) {
                log.warn("Dashboard reports failed: {}", e.getClass().getName());
                access(ui, load, () -> {
                    loading.setVisible(false);
                    failure.setText("The reports could not be prepared. Please try again.");
                    failure.setVisible(true);
                });
            }
        });
    }

    /** Another pathway's equality breakdown for the figures shown: only that report is asked for. */
    private void loadEquality() {
        Dashboard current = shown;
        UI ui = UI.getCurrent();
        if (current == null || ui == null) {
            load();
            return;
        }
        Pathway pathway = equalityPathway.getValue();
        int load = loads.incrementAndGet();
        loading.setVisible(true);
        work.submit(() -> {
            try {
                EqualityReport report = reports.equality(current.criteria(), pathway).join();
                access(ui, load, () -> {
                    loading.setVisible(false);
                    shown = new Dashboard(current.criteria(), current.thriveIntoWork(), current.housingFirst(),
                            current.roughSleeping(), current.funding(), report, current.gpReferrals());
                    showEquality(report);
                });
            } catch (RuntimeException e) {
                log.warn("Equality report failed: {}", e.getClass().getName());
                access(ui, load, () -> {
                    loading.setVisible(false);
                    failure.setText("The equality breakdown could not be prepared. Please try again.");
                    failure.setVisible(true);
                });
            }
        });
    }

    private void access(UI ui, int load, Runnable change) {
        try {
            ui.access(() -> {
                if (load == loads.get()) {
                    change.run();
                }
            });
        } catch (UIDetachedException gone) {
            // the page was closed meanwhile
        }
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
        showTrial(tiw.trialEffect());
        gpReferrals.removeAll();
        gpReferrals.add(GpReferralTables.of(dashboard.gpReferrals()));
        showFunding(dashboard.funding());
        showEquality(dashboard.equality());
    }

    private static List<ChartRow> rows(Breakdown breakdown) {
        return breakdown == null || breakdown.rows() == null ? List.of()
                : breakdown.rows().stream().map(ChartRow::of).toList();
    }

    private void showTrial(TrialEffect effect) {
        trial.removeAll();
        if (effect == null) {
            trial.add(new Paragraph("No trial figures for this period and area."));
            return;
        }
        List<ChartRow> arms = List.of(ChartRow.of("TREATMENT", "Treatment (IPS)", effect.treatment()),
                ChartRow.of("CONTROL", "Control (usual care)", effect.control()));
        trial.add(new ChartPanel("trial-arms", "Job conversion rate by trial arm", true, "Trial arm", "Job starts",
                "Supported", "Job conversion rate (%)", SvgBarChart.Orientation.VERTICAL, arms)
                .defined(Definition.TIW_BY_TRIAL_ARM.key()));
        Paragraph text = new Paragraph(trialEffectText(effect));
        text.setId("trial-effect");
        text.addClassName("pathways-trial-effect");
        trial.add(text);
    }

    static String trialEffectText(TrialEffect effect) {
        if (effect.differencePoints() == null) {
            return "Trial effect: not shown (too few people in an arm, or nothing to compare).";
        }
        String sign = ReportText.rounded(effect.differencePoints()).signum() > 0 ? "+" : "";
        String interval = effect.ciLowPoints() == null || effect.ciHighPoints() == null ? ""
                : " (95% CI " + ReportText.oneDecimal(effect.ciLowPoints()) + " to "
                + ReportText.oneDecimal(effect.ciHighPoints()) + " points"
                + (effect.method() == null ? "" : "; " + effect.method()) + ")";
        return "Trial effect, treatment minus control: " + sign + ReportText.oneDecimal(effect.differencePoints())
                + " percentage points" + interval + ".";
    }

    private void showFunding(FundingReport report) {
        funding.removeAll();
        NativeTable table = new NativeTable();
        table.setId("table-funding");
        table.addClassName("pathways-report-table");
        table.setCaptionText("Funding drawn down against outcomes, per funding stream: in the period (drawdowns"
                + " dated in it over its outcomes) and programme to date (everything drawn down over every outcome,"
                + " up to the period's end)");
        NativeTableHeader header = table.getHead();
        NativeTableRow headings = new NativeTableRow();
        for (String text : List.of("Funding stream", "Allocation", "Drawn down in the period",
                "Outcomes in the period", "Cost per outcome in the period", "Drawn down, programme to date",
                "Outcomes, programme to date", "Cost per outcome, programme to date",
                "Fiscal benefit a year (the period's job starts)")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        header.add(headings);
        NativeTableBody body = table.getBody();
        for (FundingReport.Line line : report.lines() == null ? List.<FundingReport.Line>of() : report.lines()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-key", line.fundingStream().name());
            NativeTableHeaderCell stream = new NativeTableHeaderCell(line.fundingStream().label());
            stream.getElement().setAttribute("scope", "row");
            String outcomeName = " " + line.outcome().toLowerCase(Locale.UK);
            String outcomes = ReportText.count(line.outcomes());
            String outcomesToDate = line.outcomesToDate() == null ? ReportText.NONE
                    : ReportText.count(line.outcomesToDate());
            row.add(stream, number(ReportText.pounds(line.fundingStream().allocationPounds())),
                    number(ReportText.pounds(line.drawnDownPounds())),
                    number(outcomes + outcomeName),
                    number(outcomes.equals(Figure.SUPPRESSED) ? ReportText.NONE
                            : ReportText.pounds(line.costPerOutcomePounds())),
                    number(ReportText.pounds(line.drawnDownToDatePounds())),
                    number(line.outcomesToDate() == null ? ReportText.NONE : outcomesToDate + outcomeName),
                    number(line.outcomesToDate() == null || outcomesToDate.equals(Figure.SUPPRESSED) ? ReportText.NONE
                            : ReportText.pounds(line.costPerOutcomeToDatePounds())),
                    number(line.fiscalBenefitPounds() == null ? ReportText.NONE
                            : ReportText.pounds(line.fiscalBenefitPounds())));
            body.add(row);
        }
        funding.add(table, FigureDefinition.glossary("table-funding", Definition.Report.FUNDING));
    }

    /** The legend of the suppression markers, as the exports give it. */
    private static Paragraph legend() {
        Paragraph legend = new Paragraph("Legend: " + Figure.LEGEND);
        legend.setId("suppression-legend");
        legend.addClassName("pathways-form-note");
        return legend;
    }

    private static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("pathways-number");
        return cell;
    }

    private void showEquality(EqualityReport report) {
        equality.removeAll();
        Paragraph measure = new Paragraph(report.pathway().label() + ": " + report.measure() + ".");
        measure.setId("equality-measure");
        measure.addClassName("pathways-form-note");
        equality.add(measure);
        record Dimension(String id, String title, String heading, Breakdown breakdown) {
        }
        List<Dimension> dimensions = new ArrayList<>(List.of(
                new Dimension("ethnicity", "By ethnicity", "Ethnic group", report.byEthnicity()),
                new Dimension("sex", "By sex", "Sex", report.bySex()),
                new Dimension("age-band", "By age band", "Age band", report.byAgeBand()),
                new Dimension("disability", "By disability", "Disability", report.byDisability())));
        Div grid = new Div();
        grid.addClassName("pathways-equality");
        for (Dimension dimension : dimensions) {
            Breakdown breakdown = dimension.breakdown();
            grid.add(new ChartPanel("equality-" + dimension.id(), dimension.title(), true, dimension.heading(),
                    "Count", "Base", report.measure() + " (%)", SvgBarChart.Orientation.HORIZONTAL,
                    rows(breakdown)).defined(breakdown == null ? null : breakdown.definition()));
        }
        equality.add(grid);
    }

    /** The export of what the dashboard shows: the same criteria and equality pathway, asked again. */
    private DashboardExport.Request exportRequest() {
        ReportCriteria criteria = shown != null ? shown.criteria() : criteria();
        if (criteria == null) {
            return null;
        }
        Pathway pathway = equalityPathway.getValue();
        return new DashboardExport.Request(criteria, List.of(
                new DashboardExport.Part("Thrive into Work", () -> reports.thriveIntoWork(criteria).join()),
                new DashboardExport.Part("Housing First", () -> reports.housingFirst(criteria).join()),
                new DashboardExport.Part("Rough Sleeping Initiative", () -> reports.roughSleeping(criteria).join()),
                new DashboardExport.Part("Funding", () -> reports.funding(criteria).join()),
                new DashboardExport.Part("GP referrals", () -> reports.gpReferrals(criteria).join()),
                new DashboardExport.Part("Equality: " + pathway.label(), () -> reports.equality(criteria, pathway).join())));
    }
}
