package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.FindLinkedRecords;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecord;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecords;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.FormServices;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * "Linked records" on a person's page: the records decided to be the same person, each with who decided and when,
 * "Not the same person" to unlink one, and "Link another record" from the duplicate check's likely matches. What is
 * shown and who may decide are the query handler's and the {@code PersonMatch} aggregate's rules; a record held by
 * another organisation shows only whom to contact. A decision reaches the read model a moment later: the panel
 * waits a little for it before showing the list again.
 */
class LinkedRecordsPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(LinkedRecordsPanel.class);
    private static final int READ_MODEL_WAIT_SECONDS = 5;

    private final ParticipantSummary participant;
    private final QueryGateway queries;
    private final FormServices casework;
    private final UnorderedList list = new UnorderedList();
    private final Div candidates = new Div();

    LinkedRecordsPanel(ParticipantSummary participant, QueryGateway queries, FormServices casework) {
        this.participant = participant;
        this.queries = queries;
        this.casework = casework;
        setId("linked-records");
        list.setId("linked-record-list");
        candidates.setId("link-candidates");
        Button linkAnother = new Button("Link another record", e -> showCandidates());
        linkAnother.setId("link-another-record");
        linkAnother.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3("Linked records"), list, linkAnother, candidates);
        refresh();
    }

    private void refresh() {
        render(linkedRecords());
    }

    private List<LinkedRecord> linkedRecords() {
        LinkedRecords linked = queries.query(new FindLinkedRecords(participant.participantId()),
                ResponseTypes.instanceOf(LinkedRecords.class)).orTimeout(10, TimeUnit.SECONDS).join();
        return linked == null ? List.of() : linked.records();
    }

    private void render(List<LinkedRecord> records) {
        list.removeAll();
        if (records.isEmpty()) {
            list.add(new ListItem("No other record is linked to this one."));
        }
        records.forEach(record -> list.add(row(record)));
    }

    /**
     * Shows the list once the read model has the decision (a moment after it was recorded), so that records linked
     * through the one just unlinked go with it; after a few seconds it shows what it has.
     */
    private void refreshOnceDecided(String otherParticipantId, boolean linked) {
        List<LinkedRecord> records = linkedRecords();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(READ_MODEL_WAIT_SECONDS);
        while (records.stream().anyMatch(r -> r.participantId().equals(otherParticipantId)) != linked
                && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            records = linkedRecords();
        }
        render(records);
    }

    private ListItem row(LinkedRecord record) {
        ListItem item = new ListItem();
        item.addClassName("linked-record");
        if (record.heldByCaller()) {
            String born = record.dateOfBirth() == null ? "" : ", born " + UkFormats.date(record.dateOfBirth());
            Span who = new Span(record.displayName() + born + ".");
            who.addClassName("linked-record-name");
            item.add(who);
        } else {
            List<String> names = record.organisationsToContact().stream()
                    .map(code -> casework.directory().organisationName(code)).toList();
            item.add(new Span("A record held by " + (names.isEmpty() ? "another organisation"
                    : String.join(", ", names)) + ": contact them about it."));
        }
        item.add(new Span(record.direct()
                ? " Linked by " + casework.directory().displayNameOf(record.decidedBy()) + " on "
                + UkFormats.dateTime(record.decidedAt()) + ". "
                : " Linked through another linked record. "));
        if (record.heldByCaller()) {
            Button open = new Button("Open record", e -> UI.getCurrent().navigate(ParticipantView.class,
                    record.participantId()));
            open.addClassName("open-linked-record");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(open);
            if (record.direct()) {
                Button unlink = new Button("Not the same person", e -> confirmUnlink(record));
                unlink.addClassName("unlink-record");
                unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                item.add(unlink);
            }
        }
        return item;
    }

    private void confirmUnlink(LinkedRecord record) {
        Dialog dialog = new Dialog();
        dialog.setId("confirm-unlink");
        dialog.setHeaderTitle("Not the same person?");
        dialog.add(new Paragraph("The two records will no longer be shown as one person, and will not be offered "
                + "as a likely match again. Nothing in either record is changed."));
        Button unlink = new Button("Not the same person", click -> {
            dialog.close();
            if (decided(record.participantId(), IdentityDecision.NOT_SAME_PERSON)) {
                refreshOnceDecided(record.participantId(), false);
                notifySuccess("Unlinked: not the same person");
            }
        });
        unlink.setId("confirm-unlink-yes");
        unlink.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), unlink);
        dialog.open();
    }

    private void showCandidates() {
        candidates.removeAll();
        LikelyMatches matches = queries.query(new FindLikelyMatches(participant.givenName(),
                        participant.familyName(), participant.dateOfBirth(), participant.nhsNumber(), null, null,
                        participant.participantId()), ResponseTypes.instanceOf(LikelyMatches.class))
                .orTimeout(10, TimeUnit.SECONDS).join();
        if (!matches.any()) {
            candidates.add(new Paragraph("No other record is likely to be this person."));
            return;
        }
        UnorderedList offered = new UnorderedList();
        matches.candidates().forEach(match -> offered.add(candidate(match)));
        candidates.add(new Paragraph("Records likely to be this person:"), offered);
    }

    private ListItem candidate(LikelyMatch match) {
        ListItem item = new ListItem();
        item.addClassName("link-candidate");
        if (!match.heldByCaller()) {
            List<String> names = match.organisationsToContact().stream()
                    .map(code -> casework.directory().organisationName(code)).toList();
            item.add("A person known to " + (names.isEmpty() ? "another organisation" : String.join(", ", names))
                    + ": only an organisation holding both records can link them.");
            return item;
        }
        String born = match.dateOfBirth() == null ? "" : ", born " + UkFormats.date(match.dateOfBirth());
        String why = match.sameVerifiedNhsNumber() ? "the same verified NHS number"
                : String.join("; ", match.reasons());
        item.add(match.displayName() + born + (why.isEmpty() ? "" : " (" + why + ")") + " ");
        Button link = new Button("Same person: link", e -> {
            if (decided(match.participantId(), IdentityDecision.LINK)) {
                candidates.removeAll();
                refreshOnceDecided(match.participantId(), true);
                notifySuccess("Linked: the same person");
            }
        });
        link.addClassName("link-candidate-button");
        link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        item.add(link);
        return item;
    }

    private boolean decided(String otherParticipantId, IdentityDecision decision) {
        try {
            casework.commands().sendAndWait(DecideIdentity.of(participant.participantId(), otherParticipantId,
                    decision, casework.directory().me()));
            return true;
        } catch (RuntimeException failure) {
            Throwable cause = failure;
            while (cause.getCause() != null && !(cause instanceof AccessRefusedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof AccessRefusedException refused) {
                notifyError(refused.getMessage());
            } else {
                log.error("An identity decision failed: {}", cause.getClass().getName());
                notifyError("Nothing was recorded: something went wrong. Please try again.");
            }
            return false;
        }
    }

    private static void notifySuccess(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
