package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.IsParticipantOfOrganisation;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.WrittenRecords;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlass;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.DataSubjectQueries.DataSubject;
import uk.wmpathways.reporting.api.DataSubjectQueries.FindDataSubject;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.access.AsSignedIn;
import uk.wmpathways.ui.access.BreakGlassPanel;
import uk.wmpathways.ui.access.Refusals;
import uk.wmpathways.ui.casework.StillUpdatingNotice;
import uk.wmpathways.ui.casework.TimelineList;
import uk.wmpathways.ui.enrolment.ChangeContactDetailsDialog;
import uk.wmpathways.ui.enrolment.FormServices;
import uk.wmpathways.ui.enrolment.ParticipantEnrolments;
import uk.wmpathways.ui.enrolment.ReferralForms;
import uk.wmpathways.ui.layout.MainLayout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A participant's record, for caseworkers: their details, the enrolments their organisation delivers (with the
 * forms that start new ones), its lawful basis and the person's consents, the records linked to it as the same person, and the timeline of what they may see, newest first. A record not shared with the
 * caseworker's organisation says so, and offers to break the glass. The data protection officer sees who the
 * person is and what their record is held on, with the erasure step, and no case content. An erased record shows
 * when and on which ground it was erased, and nothing personal.
 */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participant | Pathways")
@RolesAllowed({"CASEWORKER", "DATA_PROTECTION"})
public class ParticipantView extends VerticalLayout implements HasUrlParameter<String> {

    private final QueryGateway queries;
    private final FormServices casework;
    private final BreakGlass glass;
    private final CallerDispatchInterceptors callers;
    private final AuthenticationContext authentication;
    private final WrittenRecords written;

    public ParticipantView(QueryGateway queries, FormServices casework, BreakGlass glass,
                           CallerDispatchInterceptors callers, AuthenticationContext authentication,
                           WrittenRecords written) {
        this.queries = queries;
        this.written = written;
        this.authentication = authentication;
        this.casework = casework;
        this.glass = glass;
        this.callers = callers;
        addClassName("pathways-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String participantId) {
        show(participantId);
    }

    private void show(String participantId) {
        removeAll();
        if (authentication.hasRole(Role.DATA_PROTECTION.name())) {
            showToTheDataProtectionOfficer(participantId);
            return;
        }
        ParticipantSummary participant;
        try {
            participant = participant(participantId);
        } catch (CompletionException failure) {
            AccessRefusedException refused = Refusals.of(failure).orElseThrow(() -> failure);
            add(new BreakGlassPanel(refused, participantId, glass, callers, () -> show(participantId)));
            return;
        }
        if (participant == null && written.participantWritten(participantId)) {
            // registered a moment ago: the read model is catching up (never "not found" for what exists)
            add(new StillUpdatingNotice("This record", () -> inReadModel(participantId),
                    () -> written.participantWritten(participantId), () -> show(participantId), casework.clock()));
            return;
        }
        if (participant == null) {
            add(new H2("Participant not found"), new Paragraph("No participant has this id."));
            return;
        }
        ParticipantDataRights rights = queries.query(new FindParticipantDataRights(participantId),
                ResponseTypes.instanceOf(ParticipantDataRights.class)).orTimeout(10, TimeUnit.SECONDS).join();
        if (rights != null && rights.erased()) {
            add(title(ErasedRecord.TITLE), ErasedRecord.notice(rights.erasure(), casework.directory()),
                    DataProtectionPanel.forCaseworker(participant, rights, casework,
                    () -> show(participantId)));
            return;
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Date of birth", UkFormats.date(participant.dateOfBirth()));
        details.put("NHS number", participant.nhsNumber() == null ? "Not known" : NhsNumber.formatted(participant.nhsNumber()));
        details.put("Local authority", participant.localAuthority().displayName());
        details.put("Phone", participant.phone() == null ? "Not given" : participant.phone());
        details.put("Email", participant.email() == null ? "Not given" : participant.email());
        details.put("Registered", UkFormats.dateTime(participant.registeredAt()) + " by "
                + casework.directory().displayNameOf(participant.registeredBy()));
        H2 name = title(participant.givenName() + " " + participant.familyName());
        Button refer = new Button("Refer to another organisation", VaadinIcon.EXCHANGE.create(),
                e -> ReferralForms.refer(casework, participant));
        refer.setId("refer-participant");
        add(name, detailsList(details));
        if (maySupport(participantId, rights)) {
            Button contact = new Button("Change contact details", VaadinIcon.PHONE.create(),
                    e -> new ChangeContactDetailsDialog(casework, participant,
                            (phone, email) -> showOnceChanged(participantId, phone, email)).open());
            contact.setId("change-contact-details");
            add(contact);
        }
        add(refer);
        add(DataProtectionPanel.forCaseworker(participant, rights, casework, () -> show(participantId)));
        add(new LinkedRecordsPanel(participant, queries, casework));
        try {
            add(new ParticipantEnrolments(participant, casework), new H3("Timeline"),
                    new TimelineList("participant-timeline", casework.reads().participantTimeline(participantId),
                            casework.directory(), true));
        } catch (CompletionException failure) {
            Refusals.of(failure).orElseThrow(() -> failure);
            // the record was readable a moment ago: the casework read model has not caught up with it yet
            add(new StillUpdatingNotice("This record", () -> caseworkKnows(participantId),
                    () -> written.participantWritten(participantId), () -> show(participantId), casework.clock()));
        }
    }

    private boolean caseworkKnows(String participantId) {
        try {
            casework.reads().participantTimeline(participantId);
            return true;
        } catch (CompletionException failure) {
            Refusals.of(failure).orElseThrow(() -> failure);
            return false;
        }
    }

    /**
     * Whether to offer the change of contact details: the command handler decides (an organisation that registered
     * or supports the person, processing not restricted); this only spares others a button that would be refused.
     */
    private boolean maySupport(String participantId, ParticipantDataRights rights) {
        if (rights != null && (rights.erased() || rights.restricted())) {
            return false;
        }
        return casework.directory().myOrganisation().map(organisation -> Boolean.TRUE.equals(queries.query(
                        new IsParticipantOfOrganisation(participantId, organisation),
                        ResponseTypes.instanceOf(Boolean.class)).orTimeout(10, TimeUnit.SECONDS).join()))
                .orElse(false);
    }

    /** Shows the record again once the read model has the new details (a moment after the change), at most 10 s on. */
    private void showOnceChanged(String participantId, String phone, String email) {
        // asks as the signed-in person from another thread (the read side checks who asks)
        getUI().ifPresent(ui -> CompletableFuture.runAsync(AsSignedIn.wrap(() -> {
            for (int attempt = 0; attempt < 40; attempt++) {
                ParticipantSummary now = participant(participantId);
                if (now != null && Objects.equals(now.phone(), blankToNull(phone))
                        && Objects.equals(now.email(), blankToNull(email))) {
                    break;
                }
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS))
                        .join();
            }
        })).whenComplete((done, failure) -> ui.access(() -> show(participantId))));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private ParticipantSummary participant(String participantId) {
        return queries.query(new FindParticipant(participantId), ResponseTypes.instanceOf(ParticipantSummary.class))
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Whether the read model has the record; a refusal counts as there (the page then offers to break the glass). */
    private boolean inReadModel(String participantId) {
        try {
            return participant(participantId) != null;
        } catch (CompletionException failure) {
            return Refusals.of(failure).isPresent();
        }
    }

    /** Who the person is (to check a request against) and their data rights; never their case. */
    private void showToTheDataProtectionOfficer(String participantId) {
        DataSubject subject = dataSubject(participantId);
        if (subject == null) {
            add(new H2("Participant not found"), new Paragraph("No participant has this id."));
            return;
        }
        if (subject.rights().erased()) {
            add(title(ErasedRecord.TITLE), ErasedRecord.notice(subject.rights().erasure(), casework.directory()));
        } else {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("Date of birth", subject.dateOfBirth() == null ? "Not known"
                    : UkFormats.date(LocalDate.parse(subject.dateOfBirth())));
            details.put("NHS number", subject.nhsNumber() == null ? "Not known"
                    : NhsNumber.formatted(subject.nhsNumber()));
            add(title(subject.name()), detailsList(details));
        }
        add(new Paragraph("As the data protection officer you see who the person is and what their record is held "
                + "on, not their case."));
        add(DataProtectionPanel.forDataProtectionOfficer(subject, casework, () -> {
            DataSubject now = dataSubject(participantId);
            return now != null && now.rights().erased();
        }, () -> show(participantId)));
    }

    private DataSubject dataSubject(String participantId) {
        return queries.query(new FindDataSubject(participantId), ResponseTypes.instanceOf(DataSubject.class))
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static H2 title(String text) {
        H2 name = new H2(text);
        name.setId("participant-name");
        return name;
    }

    private static Html detailsList(Map<String, String> details) {
        StringBuilder list = new StringBuilder("<dl class=\"pathways-details\">");
        details.forEach((term, value) -> list.append("<dt>").append(htmlEscape(term)).append("</dt><dd>")
                .append(htmlEscape(value)).append("</dd>"));
        return new Html(list.append("</dl>").toString());
    }
}
