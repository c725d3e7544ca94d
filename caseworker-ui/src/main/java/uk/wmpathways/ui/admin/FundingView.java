package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.funding.CorrectFundingDrawdown;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdown;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdowns;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.ListFundingDrawdowns;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The administrator's funding drawdowns: a funding stream's drawdowns as they are now, with the total against
 * the allocation; record a drawdown, correct one. Commands go to the stream's account (which keeps the total
 * within the allocation); the list is a read model, so after a change the view refreshes until it shows it.
 */
@Route(value = "admin/funding", layout = MainLayout.class)
@PageTitle("Funding | Pathways")
@RolesAllowed("ADMIN")
public class FundingView extends VerticalLayout {

    private static final int POLL_MILLIS = 300;
    private static final int MOST_POLLS = 30;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Select<FundingStream> stream = new Select<>();
    private final Paragraph total = new Paragraph();
    private final Grid<FundingDrawdown> grid = new Grid<>();
    private Registration waiting;

    public FundingView(CommandGateway commands, QueryGateway queries, AuthenticationContext authentication,
                       Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("pathways-page");

        stream.setLabel("Funding stream");
        stream.setId("funding-stream");
        stream.setItems(FundingStream.values());
        stream.setItemLabelGenerator(FundingStream::label);
        stream.setValue(FundingStream.values()[0]);
        stream.addValueChangeListener(change -> refresh());
        total.setId("funding-total");

        Button record = new Button("Record drawdown", VaadinIcon.PLUS.create(), click -> DrawdownDialog
                .record(stream.getValue().label(), LocalDate.now(clock), form -> {
                    String drawdownId = recorded(new RecordFundingDrawdown(stream.getValue(), form.amount.getValue(),
                            form.drawnOn.getValue(), form.reference.getValue(), form.requestId, me()), form);
                    if (drawdownId != null) {
                        refreshUntil(list -> list.drawdowns().stream()
                                .anyMatch(drawdown -> drawdown.drawdownId().equals(drawdownId)));
                    }
                    return drawdownId != null;
                }).open());
        record.setId("record-drawdown");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("drawdowns");
        grid.addColumn(drawdown -> UkFormats.date(drawdown.drawnOn())).setHeader("Drawn on").setAutoWidth(true);
        grid.addColumn(FundingDrawdown::reference).setHeader("Reference").setAutoWidth(true);
        grid.addColumn(drawdown -> UkFormats.money(drawdown.amountPounds())).setHeader("Amount").setAutoWidth(true);
        grid.addColumn(FundingView::correction).setHeader("Corrected").setAutoWidth(true);
        grid.addComponentColumn(this::correctButton).setHeader("").setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        add(new H2("Funding drawdowns"), new Paragraph("Funding drawn down from each stream: what the reports divide "
                + "by outcomes. The total drawn down never exceeds the stream's allocation."), stream, total, record,
                grid);
        refresh();
    }

    private Button correctButton(FundingDrawdown drawdown) {
        Button correct = new Button("Correct", click -> DrawdownDialog.correct(drawdown, form -> {
            String corrected = recorded(new CorrectFundingDrawdown(stream.getValue(), drawdown.drawdownId(),
                    form.amount.getValue(), form.reason.getValue(), me()), form);
            if (corrected != null) {
                int before = drawdown.corrections();
                refreshUntil(list -> list.drawdowns().stream().anyMatch(d -> d.drawdownId()
                        .equals(drawdown.drawdownId()) && d.corrections() > before));
            }
            return corrected != null;
        }).open());
        correct.setId("correct-" + drawdown.drawdownId());
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return correct;
    }

    /** The drawdown's id when the command was recorded; null when refused (the form says why). */
    private String recorded(Object command, DrawdownDialog form) {
        String[] answer = new String[1];
        boolean recorded = SentCommands.send(commands, command, form.fields, result -> answer[0] = (String) result);
        return recorded ? answer[0] : null;
    }

    /** Refreshes now, and every moment until the read model shows what was recorded (or a few seconds pass). */
    private void refreshUntil(Predicate<FundingDrawdowns> shown) {
        if (refresh().filter(shown).isPresent()) {
            return;
        }
        UI ui = UI.getCurrent();
        int[] polls = {0};
        if (waiting != null) {
            waiting.remove();
        }
        ui.setPollInterval(POLL_MILLIS);
        waiting = ui.addPollListener(poll -> {
            if (refresh().filter(shown).isPresent() || ++polls[0] >= MOST_POLLS) {
                ui.setPollInterval(-1);
                waiting.remove();
                waiting = null;
            }
        });
    }

    private Optional<FundingDrawdowns> refresh() {
        FundingDrawdowns list = queries.query(new ListFundingDrawdowns(stream.getValue()),
                ResponseTypes.instanceOf(FundingDrawdowns.class)).join();
        grid.setItems(list.drawdowns());
        total.setText("Drawn down " + UkFormats.money(list.totalPounds()) + " of the allocation of "
                + UkFormats.money(list.allocationPounds()) + ", in " + list.drawdowns().size()
                + (list.drawdowns().size() == 1 ? " drawdown" : " drawdowns") + ".");
        return Optional.of(list);
    }

    private String me() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private static String correction(FundingDrawdown drawdown) {
        return drawdown.corrections() == 0 ? ""
                : "from " + UkFormats.money(drawdown.recordedAmountPounds()) + ": " + drawdown.lastCorrectionReason();
    }
}
