package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.Disposable;
import uk.wmpathways.caseservice.api.WrittenRecords;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.casework.DueItemText;
import uk.wmpathways.ui.casework.StillUpdatingNotice;
import uk.wmpathways.ui.casework.TimelineList;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.ui.access.Refusals;
import uk.wmpathways.ui.layout.MainLayout;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * One enrolment: where it stands, what is due, what was recorded, and a form for each step it allows now (and
 * only those). {@code ?step=RECORD_TENANCY_SUSTAINMENT_CHECK} opens that step's form as the page opens. What
 * colleagues record meanwhile appears without a reload (a subscription query, at most two updates a second).
 */
@Route(value = "enrolments/:" + EnrolmentView.ENROLMENT_ID, layout = MainLayout.class)
@PageTitle("Enrolment | Pathways")
@RolesAllowed("CASEWORKER")
public class EnrolmentView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ENROLMENT_ID = "enrolmentId";
    public static final String STEP = "step";
    static final String REFERENCE = "ref";
    static final String DUE_ON = "due";
    /** Steps of every pathway, offered after the pathway's own. */
    private static final List<Step> GENERAL_STEPS = List.of(Step.LOG_CONTACT, Step.ASSIGN_WORKER, Step.TRANSFER,
            Step.CLOSE, Step.REOPEN);

    private final FormServices services;
    private final WrittenRecords written;
    private String enrolmentId;
    private long shownVersion = -1;
    private SubscriptionQueryResult<EnrolmentSummary, EnrolmentSummary> watch;
    private Disposable watching;

    public EnrolmentView(FormServices services, WrittenRecords written) {
        this.services = services;
        this.written = written;
        addClassName("pathways-page");
    }

    /** The query that opens the form of the step that clears {@code item}, on the tenancy or job it is about. */
    public static QueryParameters openStep(DueItem item) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(STEP, item.step().name());
        if (item.reference() != null) {
            parameters.put(REFERENCE, item.reference());
        }
        parameters.put(DUE_ON, item.dueOn().toString());
        return QueryParameters.simple(parameters);
    }

    /** The element id of a step's button: {@code step-record-tenancy-sustainment-check}. */
    public static String buttonId(Step step) {
        return "step-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enrolmentId = event.getRouteParameters().get(ENROLMENT_ID).orElse("");
        // the view may be reused for another enrolment: nothing of this one is shown yet
        shownVersion = -1;
        Optional<EnrolmentSummary> enrolment;
        try {
            enrolment = services.reads().enrolment(enrolmentId);
        } catch (CompletionException failure) {
            AccessRefusedException refused = Refusals.of(failure).orElseThrow(() -> failure);
            removeAll();
            add(new H2("Not shared with your organisation"), new Paragraph(refused.getMessage()));
            return;
        }
        watch(event.getUI());
        if (enrolment.isEmpty() && written.enrolmentWritten(enrolmentId)) {
            // started a moment ago: the read model is catching up (never "not found" for what exists)
            removeAll();
            add(stillUpdating(enrolmentId));
            return;
        }
        if (enrolment.isEmpty()) {
            removeAll();
            add(new H2("Enrolment not found"), new Paragraph("No enrolment has this id."));
            return;
        }
        show(enrolment.get());
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        requestedStep(query).ifPresent(step -> {
            if (enrolment.get().allowedSteps().contains(step)) {
                open(step, enrolment.get(), hint(query));
            } else {
                Notification.show("\"" + step.label() + "\" is not possible on this enrolment now.", 5000,
                        Notification.Position.MIDDLE);
            }
            // so that reloading the page later does not open the form again
            event.getUI().getPage().getHistory().replaceState(null, event.getLocation().getPath());
        });
    }

    private StillUpdatingNotice stillUpdating(String id) {
        return new StillUpdatingNotice("This enrolment", () -> inReadModel(id), () -> written.enrolmentWritten(id),
                () -> showOnceRead(id), services.clock());
    }

    /** Whether the read model has it; a refusal counts as there (the page then says it is not shared). */
    private boolean inReadModel(String id) {
        try {
            return services.reads().enrolment(id).isPresent();
        } catch (CompletionException failure) {
            return Refusals.of(failure).isPresent();
        }
    }

    private void showOnceRead(String id) {
        if (!id.equals(enrolmentId)) {
            return;
        }
        removeAll();
        try {
            services.reads().enrolment(id).ifPresentOrElse(this::show,
                    () -> add(new H2("Enrolment not found"), new Paragraph("No enrolment has this id.")));
        } catch (CompletionException failure) {
            AccessRefusedException refused = Refusals.of(failure).orElseThrow(() -> failure);
            add(new H2("Not shared with your organisation"), new Paragraph(refused.getMessage()));
        }
    }

    private static Optional<Step> requestedStep(Map<String, List<String>> query) {
        return first(query, STEP).flatMap(name -> Arrays.stream(Step.values())
                .filter(step -> step.name().equals(name)).findFirst());
    }

    private static DueHint hint(Map<String, List<String>> query) {
        LocalDate dueOn = first(query, DUE_ON).flatMap(EnrolmentView::parseDate).orElse(null);
        return new DueHint(first(query, REFERENCE).orElse(null), dueOn);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (enrolmentId != null && watch == null) {
            watch(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        super.onDetach(detachEvent);
    }

    private void watch(UI ui) {
        stopWatching();
        watch = services.reads().watchEnrolment(enrolmentId);
        watching = watch.updates()
                .sample(Duration.ofMillis(500))
                .subscribe(update -> ui.access(() -> {
                    if (update.version() > shownVersion) {
                        show(update);
                    }
                }));
    }

    private void stopWatching() {
        if (watching != null) {
            watching.dispose();
            watching = null;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** Shows the enrolment as the read model has it (unless a newer version is shown already). */
    void show(EnrolmentSummary enrolment) {
        if (enrolment.version() < shownVersion) {
            return;
        }
        shownVersion = enrolment.version();
        removeAll();
        add(new EnrolmentHeader(enrolment, services.directory()), steps(enrolment), due(enrolment),
                new H3("History"),
                new TimelineList("enrolment-history", services.reads().history(enrolment.enrolmentId()),
                        services.directory(), false));
    }

    private Div steps(EnrolmentSummary enrolment) {
        FlexLayout buttons = new FlexLayout();
        buttons.setId("enrolment-steps");
        buttons.addClassName("pathways-steps");
        for (Step step : Step.values()) {
            if (enrolment.allowedSteps().contains(step) && step.appliesTo(enrolment.pathway())) {
                Button button = new Button(step.label(), e -> open(step, enrolment, null));
                button.setId(buttonId(step));
                button.addThemeVariants(GENERAL_STEPS.contains(step) ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
                buttons.add(button);
            }
        }
        Div section = new Div(new H3("Record"), buttons);
        if (buttons.getComponentCount() == 0) {
            section.add(new Paragraph("Nothing can be recorded on this enrolment now."));
        }
        return section;
    }

    private Div due(EnrolmentSummary enrolment) {
        Div list = new Div();
        list.setId("enrolment-due");
        LocalDate today = LocalDate.now(services.clock());
        List<DueItem> items = enrolment.dueItems() == null ? List.of() : enrolment.dueItems();
        if (items.isEmpty()) {
            list.add(new Paragraph("Nothing due."));
        }
        for (DueItem item : items) {
            Div row = new Div(DueItemText.span(item, today));
            row.addClassName("pathways-due-row");
            if (enrolment.allowedSteps().contains(item.step())) {
                Button record = new Button("Record", e -> open(item.step(), enrolment, DueHint.of(item)));
                record.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(record);
            }
            list.add(row);
        }
        return new Div(new H3("Due"), list);
    }

    private void open(Step step, EnrolmentSummary enrolment, DueHint hint) {
        StepForms.formFor(step, enrolment, hint, services, this::show).open();
    }
}
