package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ExportFormat;
import uk.wmpathways.reporting.api.SubjectAccessRequest.Status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The requests ({@value SubjectAccessRequest#COLLECTION}) and their finished files ({@value #FILES}, one
 * document per request holding the JSON and the HTML), kept apart so that listing the requests never loads an
 * export. Neither is a read model: they are not rebuilt from events (see {@code docs/access.md}).
 */
@Component
class SubjectAccessRequests {

    static final String FILES = "subject_access_exports";

    private final MongoTemplate mongo;

    SubjectAccessRequests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void add(SubjectAccessRequest request) {
        mongo.insert(request, SubjectAccessRequest.COLLECTION);
    }

    Optional<SubjectAccessRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubjectAccessRequest.class, SubjectAccessRequest.COLLECTION));
    }

    List<SubjectAccessRequest> newestFirst() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "requestedAt")),
                SubjectAccessRequest.class, SubjectAccessRequest.COLLECTION);
    }

    /** Requests left queued or running when the application stopped. */
    List<SubjectAccessRequest> unfinished() {
        return mongo.find(Query.query(Criteria.where("status").in(Status.QUEUED, Status.RUNNING)),
                SubjectAccessRequest.class, SubjectAccessRequest.COLLECTION);
    }

    void running(String id, int total) {
        update(id, new Update().set("status", Status.RUNNING).set("done", 0).set("total", total));
    }

    void progressed(String id, int done) {
        update(id, new Update().set("done", done));
    }

    /** Stores the files first, so that a request is never READY without them. */
    void ready(String id, String json, String html, int flaggedNotes, int namingOthers, Instant at) {
        mongo.save(new Document("_id", id).append("json", json).append("html", html), FILES);
        update(id, new Update().set("status", Status.READY).set("flaggedNotes", flaggedNotes)
                .set("namingOthers", namingOthers).set("completedAt", at));
    }

    void failed(String id, String why, Instant at) {
        update(id, new Update().set("status", Status.FAILED).set("failure", why).set("completedAt", at));
    }

    Optional<String> file(String id, ExportFormat format) {
        Document files = mongo.findById(id, Document.class, FILES);
        return Optional.ofNullable(files).map(document -> document.getString(format == ExportFormat.JSON
                ? "json" : "html"));
    }

    /** An erased person's finished exports are deleted: they hold what erasure made unreadable. */
    void eraseFilesOf(String participantId, Instant at) {
        List<String> ids = mongo.find(Query.query(Criteria.where("participantId").is(participantId)),
                SubjectAccessRequest.class, SubjectAccessRequest.COLLECTION).stream().map(SubjectAccessRequest::id)
                .toList();
        if (!ids.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(ids)), FILES);
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), new Update().set("filesErasedAt", at),
                    SubjectAccessRequest.COLLECTION);
        }
    }

    private void update(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, SubjectAccessRequest.COLLECTION);
    }
}
