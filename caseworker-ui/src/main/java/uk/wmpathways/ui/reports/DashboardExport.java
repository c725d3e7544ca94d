package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.export.ExportDescriptions;
import uk.wmpathways.reporting.export.ExportFormat;
import uk.wmpathways.reporting.export.ReportExportWriter;
import uk.wmpathways.reporting.export.ReportFileNames;
import uk.wmpathways.reporting.export.ReportRows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Export links for the figures the dashboard shows: one click and the browser saves the file. The file is
 * prepared while the browser waits for it, report by report on a {@link ReportWork} thread, and a progress bar
 * beside the links follows it (a whole programme's file takes a few seconds). The file holds aggregates only,
 * and its size depends on the number of breakdown rows, not of participants, so it is built in memory.
 */
class DashboardExport extends Div {

    /** One report of the export: what it is called while it is prepared, and how to get it. */
    record Part(String name, Supplier<Object> report) {
    }

    /** Everything an export needs: the criteria of the figures shown and the reports to write. */
    record Request(ReportCriteria criteria, List<Part> parts) {
    }

    private static final Logger log = LoggerFactory.getLogger(DashboardExport.class);

    private final ReportWork work;
    private final ExportDescriptions descriptions;
    private final Clock clock;
    private final Anchor csv;
    private final Anchor excel;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final AtomicInteger exports = new AtomicInteger();
    /** What the page shows now; read by the download's request thread, so never a component's state. */
    private volatile Request shown;

    DashboardExport(ReportWork work, ExportDescriptions descriptions, Clock clock) {
        this.work = work;
        this.descriptions = descriptions;
        this.clock = clock;
        addClassName("pathways-export");
        csv = link("export-csv", "Export CSV", VaadinIcon.FILE_TEXT_O, ExportFormat.CSV);
        excel = link("export-excel", "Export Excel", VaadinIcon.FILE_TABLE, ExportFormat.EXCEL);
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Export progress");
        status.setId("export-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pathways-form-note");
        add(csv, excel, progress, status);
    }

    /** The figures now on the page: what the next export holds. */
    void follow(Request request) {
        shown = request;
    }

    private Anchor link(String id, String text, VaadinIcon icon, ExportFormat format) {
        Anchor link = new Anchor((DownloadHandler) event -> download(event, format), AttachmentType.DOWNLOAD, "");
        link.setId(id);
        link.addClassName("pathways-export-file");
        link.add(icon.create(), new Span(text));
        return link;
    }

    /** Runs on the download's request thread, outside the page's lock: the page is told through {@code access}. */
    private void download(DownloadEvent event, ExportFormat format) throws IOException {
        UI ui = event.getUI();
        Request wanted = shown;
        if (wanted == null) {
            event.getResponse().setStatus(409);
            update(ui, exports.get(), () -> status.setText("Wait until the figures are shown, then export them."));
            return;
        }
        int export = exports.incrementAndGet();
        String fileName = ReportFileNames.of("outcome-reports", wanted.criteria(), LocalDate.now(clock), format);
        update(ui, export, () -> {
            setBusy(true);
            progress.setMin(0);
            progress.setMax(wanted.parts().size());
            progress.setValue(0);
            status.setText("Preparing " + fileName + "…");
        });
        CompletableFuture<byte[]> file = new CompletableFuture<>();
        work.submit(() -> produce(ui, export, format, wanted, file));
        byte[] bytes;
        try {
            bytes = file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Export interrupted");
        } catch (ExecutionException e) {
            // the type only: a message could carry input, and the reports carry no person's details anyway
            log.warn("Export failed: {}", e.getCause().getClass().getName());
            event.getResponse().setStatus(500);
            update(ui, export, () -> {
                setBusy(false);
                status.setText("The export could not be prepared. Please try again.");
            });
            return;
        }
        event.setFileName(fileName);
        event.setContentType(format.mediaType());
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
        update(ui, export, () -> {
            setBusy(false);
            status.setText("Exported " + fileName + " (your browser saves it with your downloads).");
        });
    }

    /** Runs on a report-work thread: asks for each report in turn, writes it, and tells the page. */
    private void produce(UI ui, int export, ExportFormat format, Request wanted, CompletableFuture<byte[]> done) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ReportExportWriter writer = ReportExportWriter.open(format, file,
                descriptions.describe("Outcome reports", wanted.criteria(), Definition.Report.values()))) {
            int written = 0;
            for (Part part : wanted.parts()) {
                writer.write(ReportRows.of(part.report().get()));
                int finished = ++written;
                update(ui, export, () -> {
                    progress.setValue(finished);
                    status.setText("Prepared " + part.name() + " (" + finished + " of " + wanted.parts().size() + ")");
                });
            }
        } catch (Exception e) {
            done.completeExceptionally(e);
            return;
        }
        done.complete(file.toByteArray());
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
        progress.setVisible(busy);
        for (Anchor link : List.of(csv, excel)) {
            // a second click while one file is prepared would only start another
            link.getElement().setAttribute("aria-disabled", Boolean.toString(busy));
        }
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
