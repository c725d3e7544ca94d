package uk.wmpathways.ui.dataprotection;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ExportFormat;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FetchSubjectAccessExport;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FindSubjectAccessPeople;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ListSubjectAccessRequests;
import uk.wmpathways.reporting.api.SubjectAccessQueries.StartSubjectAccess;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessFile;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessPerson;
import uk.wmpathways.reporting.api.SubjectAccessRequest;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.access.Refusals;
import uk.wmpathways.ui.layout.MainLayout;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The data protection officer's subject access requests: find the person (by name or NHS number), start a
 * request, follow its progress and its one-month deadline, see how many notes wait for review before release,
 * and download the JSON and the page for the person. The same queries as
 * {@code /api/data-protection/subject-access-requests}, decided by the same handlers.
 */
@Route(value = "subject-access", layout = MainLayout.class)
@PageTitle("Subject access | Pathways")
@RolesAllowed("DATA_PROTECTION")
public class SubjectAccessView extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    private final QueryGateway queries;
    private final Clock clock;
    private final Grid<SubjectAccessPerson> people = new Grid<>();
    private final Grid<SubjectAccessRequest> requests = new Grid<>();
    private Registration polling;
    /** The requests as shown, and on which day (their days left). */
    private List<SubjectAccessRequest> shown = List.of();
    private LocalDate shownOn;

    public SubjectAccessView(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        addClassName("pathways-page");

        TextField search = new TextField("Name or NHS number");
        search.setId("sar-search");
        search.setClearButtonVisible(true);
        Button find = new Button("Find", click -> find(search.getValue()));
        find.setId("sar-find");
        HorizontalLayout searchRow = new HorizontalLayout(search, find);
        searchRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        searchRow.setWrap(true);

        people.setId("sar-people");
        people.setAllRowsVisible(true);
        people.addColumn(SubjectAccessPerson::name).setHeader("Name").setAutoWidth(true);
        people.addColumn(person -> person.dateOfBirth() == null ? ""
                : UkFormats.date(LocalDate.parse(person.dateOfBirth()))).setHeader("Date of birth").setAutoWidth(true);
        people.addColumn(person -> person.nhsNumber() == null ? "" : person.nhsNumber()).setHeader("NHS number")
                .setAutoWidth(true);
        people.addComponentColumn(this::startButton).setHeader("");
        people.addComponentColumn(SubjectAccessView::recordLink).setHeader("");
        people.setVisible(false);

        requests.setId("sar-requests");
        requests.setAllRowsVisible(true);
        requests.addColumn(request -> UkFormats.date(request.receivedOn())).setHeader("Received").setAutoWidth(true);
        requests.addColumn(SubjectAccessRequest::participantId).setHeader("Person (id)").setAutoWidth(true);
        requests.addColumn(request -> UkFormats.date(request.dueBy())).setHeader("Due by").setAutoWidth(true);
        requests.addColumn(this::daysLeft).setHeader("Days left").setAutoWidth(true);
        requests.addColumn(SubjectAccessView::progress).setHeader("Status").setAutoWidth(true);
        requests.addColumn(SubjectAccessView::flags).setHeader("Notes to review before release").setAutoWidth(true);
        requests.addComponentColumn(this::downloads).setHeader("Files");

        add(new H2("Subject access"),
                new Paragraph("Everything held about one person, for them to read: find them, start a request, "
                        + "and download the files when they are ready. Free-text notes are flagged: read them "
                        + "before release, as they may be about someone else. A request for erasure is handled "
                        + "on the person's data rights page (\"Data rights and erasure\")."),
                searchRow, people, new H3("Requests"), requests);
    }

    private void find(String text) {
        try {
            List<SubjectAccessPerson> found = queries.query(new FindSubjectAccessPeople(text),
                    ResponseTypes.multipleInstancesOf(SubjectAccessPerson.class)).join();
            people.setItems(found);
            people.setVisible(true);
            if (found.isEmpty()) {
                Notification.show("Nobody registered matches. Type at least two letters of a name, or an NHS number.");
            }
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    private Component startButton(SubjectAccessPerson person) {
        Button start = new Button("Start request", click -> {
            try {
                queries.query(new StartSubjectAccess(person.participantId()),
                        ResponseTypes.instanceOf(SubjectAccessRequest.class)).join();
                Notification.show("Request started: due in one month.");
                refresh();
            } catch (RuntimeException e) {
                refused(e);
            }
        });
        start.addClassName("sar-start");
        start.getElement().setAttribute("data-participant-id", person.participantId());
        return start;
    }

    /** The person's data rights, where the record is erased (its own page, so the check is not rushed). */
    private static Component recordLink(SubjectAccessPerson person) {
        Anchor record = new Anchor("participants/" + person.participantId(), "Data rights and erasure");
        record.addClassName("sar-record");
        record.getElement().setAttribute("data-participant-id", person.participantId());
        return record;
    }

    private String daysLeft(SubjectAccessRequest request) {
        long days = request.daysLeft(UkTime.dayOf(clock.instant()));
        return days < 0 ? "Overdue by " + -days : String.valueOf(days);
    }

    private static String progress(SubjectAccessRequest request) {
        return switch (request.status()) {
            case QUEUED -> "Waiting";
            case RUNNING -> "Running: " + request.done() + " of " + request.total();
            case READY -> "Ready";
            case FAILED -> "Failed: " + request.failure();
        };
    }

    private static String flags(SubjectAccessRequest request) {
        if (!request.ready()) {
            return "";
        }
        return request.flaggedNotes() + (request.namingOthers() > 0
                ? " (" + request.namingOthers() + " name another registered person)" : "");
    }

    private Component downloads(SubjectAccessRequest request) {
        HorizontalLayout files = new HorizontalLayout();
        if (request.ready()) {
            files.add(download(request, ExportFormat.JSON, "JSON"), download(request, ExportFormat.HTML, "Page"));
        } else {
            files.add(new Span(""));
        }
        return files;
    }

    /** Fetched when clicked, so that each download is a query of its own, decided and logged as such. */
    private Anchor download(SubjectAccessRequest request, ExportFormat format, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubjectAccessFile file = queries.query(new FetchSubjectAccessExport(request.id(), format),
                    ResponseTypes.instanceOf(SubjectAccessFile.class)).join();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), label);
        anchor.addClassName("sar-" + format.extension());
        anchor.getElement().setAttribute("data-request-id", request.id());
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** Shows the requests; while one is waiting or running, again every second. */
    private void refresh() {
        List<SubjectAccessRequest> all;
        try {
            all = queries.query(new ListSubjectAccessRequests(),
                    ResponseTypes.multipleInstancesOf(SubjectAccessRequest.class)).join();
        } catch (RuntimeException e) {
            refused(e);
            return;
        }
        LocalDate today = UkTime.dayOf(clock.instant());
        if (!all.equals(shown) || !today.equals(shownOn)) {
            // Only when something changed: showing the rows again replaces their download links, and a link
            // clicked while it was replaced answered 404 (every second while any request was still running).
            requests.setItems(all);
            shown = all;
            shownOn = today;
        }
        boolean unfinished = all.stream().anyMatch(request -> request.status() == SubjectAccessRequest.Status.QUEUED
                || request.status() == SubjectAccessRequest.Status.RUNNING);
        getUI().ifPresent(ui -> poll(ui, unfinished));
    }

    private void poll(UI ui, boolean unfinished) {
        if (unfinished && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refresh());
        } else if (!unfinished && polling != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            stopPolling(detachEvent.getUI());
        }
        super.onDetach(detachEvent);
    }

    private static void refused(RuntimeException e) {
        Notification.show(Refusals.of(e).map(RuntimeException::getMessage)
                .orElse("That did not work. Please try again."));
    }
}
