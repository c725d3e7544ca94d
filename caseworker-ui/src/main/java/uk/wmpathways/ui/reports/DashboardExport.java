package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.export.ExportDescriptions;
import uk.wmpathways.reporting.export.ExportFormat;
import uk.wmpathways.reporting.export.ReportExportWriter;
import uk.wmpathways.reporting.export.ReportFileNames;
import uk.wmpathways.reporting.export.ReportRows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Export buttons for the dashboard's reports and filters. An export is prepared off the UI thread, report by
 * report, each written to the file as soon as it is answered; a progress bar follows it, then a link offers
 * the file. The file holds aggregates only, and its size depends on the number of breakdown rows, not of
 * participants, so it is kept in memory until it is downloaded or replaced.
 */
class DashboardExport extends Div {

    /** One report of the export: what it is called while it is prepared, and how to get it. */
    record Part(String name, Supplier<Object> report) {
    }

    /** Everything an export needs, read from the dashboard when a button is pressed. */
    record Request(ReportCriteria criteria, List<Part> parts) {
    }

    private static final Logger log = LoggerFactory.getLogger(DashboardExport.class);

    private final ReportWork work;
    private final ExportDescriptions descriptions;
    private final Clock clock;
    private final Supplier<Request> request;
    private final Button csv = new Button("Export CSV", VaadinIcon.FILE_TEXT_O.create());
    private final Button excel = new Button("Export Excel", VaadinIcon.FILE_TABLE.create());
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private final AtomicInteger exports = new AtomicInteger();

    DashboardExport(ReportWork work, ExportDescriptions descriptions, Clock clock, Supplier<Request> request) {
        this.work = work;
        this.descriptions = descriptions;
        this.clock = clock;
        this.request = request;
        addClassName("pathways-export");
        csv.setId("export-csv");
        excel.setId("export-excel");
        csv.addClickListener(e -> start(ExportFormat.CSV));
        excel.addClickListener(e -> start(ExportFormat.EXCEL));
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Export progress");
        status.setId("export-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pathways-form-note");
        download.setId("export-download");
        download.setVisible(false);
        add(csv, excel, progress, status, download);
    }

    private void start(ExportFormat format) {
        Request wanted = request.get();
        if (wanted == null) {
            status.setText("Correct the period first.");
            return;
        }
        UI ui = UI.getCurrent();
        int export = exports.incrementAndGet();
        String fileName = ReportFileNames.of("outcome-reports", wanted.criteria(), LocalDate.now(clock), format);
        setBusy(true);
        download.setVisible(false);
        progress.setMin(0);
        progress.setMax(wanted.parts().size());
        progress.setValue(0);
        status.setText("Preparing " + fileName + "…");
        work.submit(() -> produce(ui, export, format, fileName, wanted));
    }

    /** Runs on a report-work thread: asks for each report in turn, writes it, and tells the page. */
    private void produce(UI ui, int export, ExportFormat format, String fileName, Request wanted) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ReportExportWriter writer = ReportExportWriter.open(format, file,
                descriptions.describe("Outcome reports", wanted.criteria(), Definition.Report.values()))) {
            int done = 0;
            for (Part part : wanted.parts()) {
                writer.write(ReportRows.of(part.report().get()));
                int finished = ++done;
                update(ui, export, () -> {
                    progress.setValue(finished);
                    status.setText("Prepared " + part.name() + " (" + finished + " of " + wanted.parts().size() + ")");
                });
            }
        } catch (Exception e) {
            // the type only: a message could carry input, and the reports carry no person's details anyway
            log.warn("Export failed: {}", e.getClass().getName());
            update(ui, export, () -> {
                setBusy(false);
                status.setText("The export could not be prepared. Please try again.");
            });
            return;
        }
        byte[] bytes = file.toByteArray();
        update(ui, export, () -> offer(bytes, fileName, format));
    }

    private void offer(byte[] bytes, String fileName, ExportFormat format) {
        setBusy(false);
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, format.mediaType(), bytes.length)));
        download.setText("Download " + fileName);
        download.getElement().setAttribute("data-file-name", fileName);
        download.setVisible(true);
        status.setText("Ready: " + fileName);
    }

    private void update(UI ui, int export, Runnable change) {
        try {
            ui.access(() -> {
                if (export == exports.get()) {
                    change.run();
                }
            });
        } catch (UIDetachedException gone) {
            // the page was closed meanwhile: nobody is waiting for this export
        }
    }

    private void setBusy(boolean busy) {
        csv.setEnabled(!busy);
        excel.setEnabled(!busy);
        progress.setVisible(busy);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        exports.incrementAndGet();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setBusy(false);
    }
}
