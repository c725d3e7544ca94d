package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs subject access exports in the background, on a bounded executor ({@code pathways.subject-access.threads}
 * threads, at most {@code pathways.subject-access.queue} waiting): a request over the limit fails at once, with a
 * reason, rather than queueing without end. Progress is written to the request after each step; the finished
 * files are stored with it, and the completion is written to the access log. Requests left unfinished by a stop
 * start again when the application is ready.
 */
@Component
class SubjectAccessRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccessRunner.class);

    private final SubjectAccessRequests requests;
    private final SubjectAccessExporter exporter;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final ObjectMapper json = new ObjectMapper();

    SubjectAccessRunner(SubjectAccessRequests requests, SubjectAccessExporter exporter, AccessLog accessLog,
                        Clock clock, @Value("${pathways.subject-access.threads:1}") int threads,
                        @Value("${pathways.subject-access.queue:50}") int queue) {
        this.requests = requests;
        this.exporter = exporter;
        this.accessLog = accessLog;
        this.clock = clock;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), task -> {
                    Thread thread = new Thread(task, "subject-access-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues the export; {@code requester} is named in the access log entry of its completion. */
    void submit(SubjectAccessRequest request, Caller requester) {
        try {
            executor.execute(() -> run(request, requester));
        } catch (RejectedExecutionException full) {
            requests.failed(request.id(), "Too many exports are waiting; start the request again later",
                    clock.instant());
        }
    }

    /** Produces the export now, on this thread; answers the finished request. */
    SubjectAccessRequest run(SubjectAccessRequest request, Caller requester) {
        try {
            List<String> streams = exporter.streamsOf(request.participantId());
            requests.running(request.id(), streams.size() + 2);
            ObjectNode export = exporter.export(request, streams, done -> requests.progressed(request.id(), done));
            JsonNode flags = export.path("reviewBeforeRelease");
            int namingOthers = 0;
            for (JsonNode flag : flags) {
                for (JsonNode reason : flag.path("reasons")) {
                    namingOthers += ThirdPartyNotes.Reason.NAMES_REGISTERED_PERSON.name().equals(reason.asText()) ? 1 : 0;
                }
            }
            requests.ready(request.id(), json.writerWithDefaultPrettyPrinter().writeValueAsString(export),
                    SubjectAccessHtml.render(export), flags.size(), namingOthers, clock.instant());
            accessLog.record(requester, AccessAction.SUBJECT_ACCESS_COMPLETED, AccessPurpose.SUBJECT_ACCESS,
                    List.of(request.participantId()), null);
        } catch (RuntimeException | JsonProcessingException e) {
            // The class only: a message could quote personal data.
            log.error("Subject access request {} failed: {}", request.id(), e.getClass().getName());
            requests.failed(request.id(), "The export failed; start a new request", clock.instant());
        }
        return requests.find(request.id()).orElseThrow();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (SubjectAccessRequest request : requests.unfinished()) {
            submit(request, Caller.system("subject access for " + request.requestedBy()));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
