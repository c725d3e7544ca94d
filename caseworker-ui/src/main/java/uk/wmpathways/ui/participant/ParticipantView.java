package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
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
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** A participant's record. Enrolments and the timeline come with the pathways. */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participant | Pathways")
@RolesAllowed({"CASEWORKER", "ADMIN"})
public class ParticipantView extends VerticalLayout implements HasUrlParameter<String> {

    private final QueryGateway queries;

    public ParticipantView(QueryGateway queries) {
        this.queries = queries;
        addClassName("pathways-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String participantId) {
        removeAll();
        ParticipantSummary participant = queries.query(new FindParticipant(participantId),
                        ResponseTypes.instanceOf(ParticipantSummary.class))
                .orTimeout(10, TimeUnit.SECONDS).join();
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
        details.put("Registered", UkFormats.dateTime(participant.registeredAt()) + " by " + participant.registeredBy());
        StringBuilder list = new StringBuilder("<dl class=\"pathways-details\">");
        details.forEach((term, value) -> list.append("<dt>").append(htmlEscape(term)).append("</dt><dd>")
                .append(htmlEscape(value)).append("</dd>"));
        list.append("</dl>");
        H2 name = new H2(participant.givenName() + " " + participant.familyName());
        name.setId("participant-name");
        add(name, new Html(list.toString()));
    }
}
