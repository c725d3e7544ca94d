package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.ui.UkFormats;

import java.util.List;

/**
 * The duplicate check's answer on the registration form, before anything is created: the records that are likely
 * the same person, each to open when the caller's organisation holds it, or the organisations to contact when it
 * does not (the minimal answer: no name, no date of birth). The caseworker goes on only by saying it is not the
 * same person, or changes what they typed.
 */
class LikelyMatchesPanel extends Div {

    LikelyMatchesPanel(LikelyMatches matches, ProviderOrganisations organisations, Runnable registerAnyway,
                       Runnable changeDetails) {
        setId("likely-matches");
        getElement().setAttribute("role", "alert");
        H3 heading = new H3("This person may be known already");
        Paragraph explanation = new Paragraph("Nothing was registered yet. Check these records: if one of them is "
                + "this person, open it instead of registering them twice.");
        UnorderedList candidates = new UnorderedList();
        candidates.setId("likely-match-list");
        matches.candidates().forEach(match -> candidates.add(candidate(match, organisations)));
        Button notTheSame = new Button("Not the same person: register", e -> registerAnyway.run());
        notTheSame.setId("register-anyway");
        Button change = new Button("Change the details", e -> changeDetails.run());
        change.setId("change-details");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, explanation, candidates, new HorizontalLayout(notTheSame, change));
        getStyle().set("border", "2px solid var(--lumo-warning-color, #ffc107)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    private static ListItem candidate(LikelyMatch match, ProviderOrganisations organisations) {
        ListItem item = new ListItem();
        item.addClassName("likely-match");
        if (!match.heldByCaller()) {
            List<String> names = match.organisationsToContact().stream().map(organisations::nameOf).toList();
            item.add("A person known to " + (names.isEmpty() ? "another organisation" : String.join(", ", names))
                    + ": contact them before registering.");
            return item;
        }
        String born = match.dateOfBirth() == null ? "" : ", born " + UkFormats.date(match.dateOfBirth());
        String why = match.sameVerifiedNhsNumber() ? "the same verified NHS number"
                : String.join("; ", match.reasons());
        item.add(match.displayName() + born + (why.isEmpty() ? "" : " (" + why + ")") + " ");
        Button open = new Button("Open record", e -> UI.getCurrent().navigate(ParticipantView.class,
                match.participantId()));
        open.addClassName("open-likely-match");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        item.add(open);
        return item;
    }
}
