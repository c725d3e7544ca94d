package uk.wmpathways.ui.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.access.AccessLogReview;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlassUse;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.OptionalLong;

/**
 * The data protection officer's view of the access log: who looked at a person, what a user looked at, the
 * break-glass uses waiting for review, and whether the log is intact. The same questions as
 * {@code /api/access-log}, answered by the same {@link AccessLogReview}.
 */
@Route(value = "access-log", layout = MainLayout.class)
@PageTitle("Access log | Pathways")
@RolesAllowed("DATA_PROTECTION")
public class AccessLogView extends VerticalLayout {

    private final AccessLogReview review;
    private final CallerDispatchInterceptors callers;
    private final Grid<AccessLogEntry> entries = new Grid<>();
    private final Grid<BreakGlassUse> uses = new Grid<>();

    public AccessLogView(AccessLogReview review, CallerDispatchInterceptors callers) {
        this.review = review;
        this.callers = callers;
        addClassName("pathways-page");

        TextField participant = new TextField("Participant id");
        participant.setId("access-participant");
        Button aboutParticipant = new Button("Who looked at this person",
                click -> entries.setItems(review.aboutParticipant(caller(), participant.getValue().strip())));
        aboutParticipant.setId("access-about-participant");
        TextField user = new TextField("Username");
        user.setId("access-user");
        Button byUser = new Button("What this user looked at",
                click -> entries.setItems(review.byUser(caller(), user.getValue().strip())));
        byUser.setId("access-by-user");
        HorizontalLayout questions = new HorizontalLayout(participant, aboutParticipant, user, byUser);
        questions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        questions.setWrap(true);

        entries.setId("access-entries");
        entries.addColumn(entry -> UkFormats.dateTime(entry.at())).setHeader("When").setAutoWidth(true);
        entries.addColumn(AccessLogEntry::username).setHeader("Who").setAutoWidth(true);
        entries.addColumn(AccessLogEntry::organisation).setHeader("Organisation").setAutoWidth(true);
        entries.addColumn(AccessLogEntry::action).setHeader("What").setAutoWidth(true);
        entries.addColumn(AccessLogEntry::purpose).setHeader("Why").setAutoWidth(true);
        entries.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader("Reason");
        entries.addColumn(AccessLogEntry::channel).setHeader("Through").setAutoWidth(true);
        entries.addColumn(entry -> String.join(", ", entry.participantIds())).setHeader("People");

        uses.setId("break-glass-uses");
        uses.addColumn(use -> UkFormats.dateTime(use.grantedAt())).setHeader("When").setAutoWidth(true);
        uses.addColumn(BreakGlassUse::username).setHeader("Who").setAutoWidth(true);
        uses.addColumn(BreakGlassUse::organisation).setHeader("Organisation").setAutoWidth(true);
        uses.addColumn(BreakGlassUse::participantId).setHeader("Person").setAutoWidth(true);
        uses.addColumn(BreakGlassUse::reason).setHeader("Reason");
        uses.addComponentColumn(use -> new Button("Mark reviewed", click -> {
            review.review(caller(), use.id(), null);
            showUses();
        })).setHeader("");

        Paragraph integrity = new Paragraph();
        integrity.setId("access-integrity");
        Button verify = new Button("Check the log is intact", click -> {
            OptionalLong broken = review.verify(caller());
            integrity.setText(broken.isEmpty() ? "Intact: every entry is as it was written."
                    : "Broken: entry " + broken.getAsLong() + " was changed, or one before it removed.");
        });
        verify.setId("access-verify");

        add(new H2("Access log"), questions, entries, new H3("Break-glass uses waiting for review"), uses,
                new HorizontalLayout(verify, integrity));
        showUses();
    }

    private void showUses() {
        uses.setItems(review.breakGlassUses(caller(), true));
    }

    private Caller caller() {
        return callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in again"));
    }
}
