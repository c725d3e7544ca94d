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
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlass;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.access.BreakGlassPanel;
import uk.wmpathways.ui.access.Refusals;
import uk.wmpathways.ui.casework.TimelineList;
import uk.wmpathways.ui.enrolment.FormServices;
import uk.wmpathways.ui.enrolment.ParticipantEnrolments;
import uk.wmpathways.ui.enrolment.ReferralForms;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A participant's record, for caseworkers: their details, the enrolments their organisation delivers (with the
 * forms that start new ones), its lawful basis and the person's consents, and the timeline of what they may see, newest first. A record not shared with the
 * caseworker's organisation says so, and offers to break the glass.
 */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participant | Pathways")
@RolesAllowed("CASEWORKER")
public class ParticipantView extends VerticalLayout implements HasUrlParameter<String> {

    private final QueryGateway queries;
    private final FormServices casework;
    private final BreakGlass glass;
    private final CallerDispatchInterceptors callers;

    public ParticipantView(QueryGateway queries, FormServices casework, BreakGlass glass,
                           CallerDispatchInterceptors callers) {
        this.queries = queries;
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
        ParticipantSummary participant;
        try {
            participant = queries.query(new FindParticipant(participantId),
                            ResponseTypes.instanceOf(ParticipantSummary.class))
                    .orTimeout(10, TimeUnit.SECONDS).join();
        } catch (CompletionException failure) {
            AccessRefusedException refused = Refusals.of(failure).orElseThrow(() -> failure);
            add(new BreakGlassPanel(refused, participantId, glass, callers, () -> show(participantId)));
            return;
        }
        if (participant == null) {
            add(new H2("Participant not found"), new Paragraph("No participant has this id."));
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
        StringBuilder list = new StringBuilder("<dl class=\"pathways-details\">");
        details.forEach((term, value) -> list.append("<dt>").append(htmlEscape(term)).append("</dt><dd>")
                .append(htmlEscape(value)).append("</dd>"));
        list.append("</dl>");
        H2 name = new H2(participant.givenName() + " " + participant.familyName());
        name.setId("participant-name");
        Button refer = new Button("Refer to another organisation", VaadinIcon.EXCHANGE.create(),
                e -> ReferralForms.refer(casework, participant));
        refer.setId("refer-participant");
        add(name, new Html(list.toString()), refer);
        add(new DataProtectionPanel(participant, queries.query(new FindParticipantDataRights(participantId),
                        ResponseTypes.instanceOf(ParticipantDataRights.class)).orTimeout(10, TimeUnit.SECONDS).join(),
                casework, () -> show(participantId)));
        add(new ParticipantEnrolments(participant, casework), new H3("Timeline"),
                new TimelineList("participant-timeline", casework.reads().participantTimeline(participantId),
                        casework.directory(), true));
    }
}
