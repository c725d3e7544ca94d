package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;
import uk.wmpathways.reporting.subjectaccess.SubjectAccessProblems.ExportNotReadyException;
import uk.wmpathways.reporting.subjectaccess.SubjectAccessProblems.MissingParticipantException;
import uk.wmpathways.reporting.subjectaccess.SubjectAccessProblems.UnknownParticipantException;
import uk.wmpathways.reporting.subjectaccess.SubjectAccessProblems.UnknownRequestException;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FetchSubjectAccessExport;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FindSubjectAccessPeople;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FindSubjectAccessRequest;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ListSubjectAccessRequests;
import uk.wmpathways.reporting.api.SubjectAccessQueries.StartSubjectAccess;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessFile;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessPerson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Subject access, decided where it is answered: only the data protection role (or the application itself) may
 * search for the person, start a request, see the requests and download the files, whichever channel asks.
 * Starting a request, searching and each download are written to the access log (purpose
 * {@code SUBJECT_ACCESS}); so is the completion ({@link SubjectAccessRunner}).
 */
@Component
class SubjectAccessQueryHandlers {

    private static final int PEOPLE_LIMIT = 20;

    private final SubjectAccessRequests requests;
    private final SubjectAccessRunner runner;
    private final AccessLog accessLog;
    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final Clock clock;

    SubjectAccessQueryHandlers(SubjectAccessRequests requests, SubjectAccessRunner runner, AccessLog accessLog,
                               MongoTemplate mongo, ReadModelCollections collections, Clock clock) {
        this.requests = requests;
        this.runner = runner;
        this.accessLog = accessLog;
        this.mongo = mongo;
        this.collections = collections;
        this.clock = clock;
    }

    static Caller dataProtection(MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection officer handles subject access requests");
        }
        return caller;
    }

    @QueryHandler
    SubjectAccessRequest start(StartSubjectAccess query, MetaData metaData) {
        Caller caller = dataProtection(metaData);
        String participantId = query.participantId() == null ? "" : query.participantId().strip();
        if (participantId.isEmpty()) {
            throw new MissingParticipantException();
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(participantId)), participants())) {
            throw new UnknownParticipantException();
        }
        SubjectAccessRequest request = SubjectAccessRequest.received(UUID.randomUUID().toString(), participantId,
                caller.username(), UkTime.dayOf(clock.instant()), clock.instant());
        requests.add(request);
        log(caller, participantId);
        runner.submit(request, caller);
        return request;
    }

    @QueryHandler
    List<SubjectAccessRequest> list(ListSubjectAccessRequests query, MetaData metaData) {
        dataProtection(metaData);
        return requests.newestFirst();
    }

    @QueryHandler
    SubjectAccessRequest find(FindSubjectAccessRequest query, MetaData metaData) {
        dataProtection(metaData);
        return requests.find(query.requestId()).orElse(null);
    }

    @QueryHandler
    SubjectAccessFile fetch(FetchSubjectAccessExport query, MetaData metaData) {
        Caller caller = dataProtection(metaData);
        SubjectAccessRequest request = requests.find(query.requestId()).orElseThrow(UnknownRequestException::new);
        if (!request.ready()) {
            throw new ExportNotReadyException(request.status());
        }
        String content = requests.file(request.id(), query.format())
                .orElseThrow(() -> new ExportNotReadyException(request.status()));
        log(caller, request.participantId());
        return new SubjectAccessFile("subject-access-" + request.id() + "." + query.format().extension(),
                query.format().contentType(), content.getBytes(StandardCharsets.UTF_8));
    }

    /** By name (any part of "given family") or NHS number, among everyone registered. */
    @QueryHandler
    List<SubjectAccessPerson> people(FindSubjectAccessPeople query, MetaData metaData) {
        Caller caller = dataProtection(metaData);
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        if (text.length() < 2) {
            return List.of();
        }
        Criteria byName = Criteria.where("searchName").regex(Pattern.quote(text));
        Criteria criteria = NhsNumber.digitsOf(text)
                .map(digits -> new Criteria().orOperator(byName, Criteria.where("nhsNumber").is(digits)))
                .orElse(byName);
        List<SubjectAccessPerson> people = mongo.find(Query.query(criteria).with(Sort.by("sortKey"))
                        .limit(PEOPLE_LIMIT), Document.class, participants()).stream()
                .map(d -> new SubjectAccessPerson(d.getString("_id"),
                        d.getString("givenName") + " " + d.getString("familyName"),
                        dayOf(d.get("dateOfBirth")),
                        d.getString("nhsNumber")))
                .toList();
        if (!caller.system() && !people.isEmpty()) {
            accessLog.record(caller, AccessAction.SEARCH_PARTICIPANTS, AccessPurpose.SUBJECT_ACCESS,
                    people.stream().map(SubjectAccessPerson::participantId).toList(), null);
        }
        return people;
    }

    /** Spring Data keeps a LocalDate as midnight in the JVM's zone. */
    private static String dayOf(Object stored) {
        return stored instanceof Date date ? date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString()
                : stored == null ? null : stored.toString();
    }

    private void log(Caller caller, String participantId) {
        if (!caller.system()) {
            accessLog.record(caller, AccessAction.SUBJECT_ACCESS_REQUEST, AccessPurpose.SUBJECT_ACCESS,
                    List.of(participantId), null);
        }
    }

    private String participants() {
        return collections.live("participants");
    }
}
