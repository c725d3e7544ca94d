package uk.wmpathways.ui.gpreferral;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.ui.access.Refusals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * One GP referral opened from the inbox (opening it records that the service has seen it): the person and the
 * referral in full, the duplicate check, and the two decisions. Accept registers the person (the caseworker picks the
 * local authority) or links them to a likely match shown, then starts their Thrive into Work enrolment; a verified
 * identical NHS number links them without a choice. Reject needs a coded reason and, for "another reason", a note.
 * A decision on a referral that changed since it was opened is refused and said so.
 */
final class GpReferralDialog extends Dialog {

    static final String REGISTER = "register";
    private static final Logger log = LoggerFactory.getLogger(GpReferralDialog.class);

    private final GpReferralDecisions decisions;
    private final Runnable decided;
    private final String referralId;
    private long version;
    private final Div problem = new Div();
    private final RadioButtonGroup<String> acceptAs = new RadioButtonGroup<>("Accept as");
    private final Select<LocalAuthority> localAuthority = new Select<>();
    private final Select<FundingStream> fundingStream = new Select<>();
    private final Select<GpReferralRejectionReason> rejectionReason = new Select<>();
    private final TextArea rejectionNote = new TextArea("Note");
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Opens the referral's dialog; answers it, or nothing where the referral could not be opened (and says why). */
    static Optional<GpReferralDialog> open(GpReferralDecisions decisions, String referralId, Runnable decided) {
        try {
            GpReferralDialog dialog = new GpReferralDialog(decisions, decisions.open(referralId), decided);
            dialog.open();
            return Optional.of(dialog);
        } catch (RuntimeException failure) {
            String message = Refusals.of(failure).map(Throwable::getMessage)
                    .orElse(GpReferralInboxFailures.cause(failure) instanceof UnknownGpReferralException
                            ? "This referral is not in the inbox" : "The referral could not be opened; try again");
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }

    private GpReferralDialog(GpReferralDecisions decisions, GpReferralInboxEntry entry, Runnable decided) {
        this.decisions = decisions;
        this.decided = decided;
        this.referralId = entry.referralId();
        this.version = entry.version();
        setHeaderTitle("GP referral: " + GpReferralWords.person(entry));
        setWidth("min(760px, 95vw)");
        setCloseOnOutsideClick(false);
        problem.setId("form-problem");
        problem.addClassName("pathways-form-problem");
        problem.setVisible(false);
        add(problem, GpReferralDetails.of(entry));
        Optional<LikelyMatches> matches = decisions.likelyMatches(entry.person());
        add(new H3("Is this person known already?"), GpReferralDetails.duplicateCheck(matches));
        add(new H3("Accept"), acceptForm(matches), new H3("Reject"), rejectForm());
        Button close = new Button("Close", e -> close());
        close.setId("form-cancel");
        getFooter().add(close);
    }

    private FormLayout acceptForm(Optional<LikelyMatches> matches) {
        acceptAs.setId("accept-as");
        List<LikelyMatch> linkable = matches.map(LikelyMatches::candidates).orElse(List.of()).stream()
                .filter(LikelyMatch::heldByCaller).toList();
        Optional<LikelyMatch> sameNumber = linkable.stream().filter(LikelyMatch::sameVerifiedNhsNumber).findFirst();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(REGISTER, "Register as a new participant");
        linkable.forEach(match -> labels.put(match.participantId(), "Link to " + match.displayName()
                + (match.dateOfBirth() == null ? "" : ", born " + uk.wmpathways.ui.UkFormats.date(match.dateOfBirth()))
                + (match.sameVerifiedNhsNumber() ? " (same verified NHS number)" : "")));
        acceptAs.setItems(labels.keySet());
        acceptAs.setItemLabelGenerator(labels::get);
        if (sameNumber.isPresent()) {
            // The same verified NHS number is the same person: acceptance links them whatever is chosen here
            acceptAs.setValue(sameNumber.get().participantId());
            acceptAs.setReadOnly(true);
            acceptAs.setHelperText("The same verified NHS number: this is the same person, linked automatically");
        } else {
            acceptAs.setValue(REGISTER);
        }
        localAuthority.setId("local-authority");
        localAuthority.setLabel("Local authority");
        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(area -> area == null ? "" : area.displayName());
        localAuthority.setPlaceholder("Choose");
        localAuthority.setRequiredIndicatorVisible(true);
        fundingStream.setId("funding-stream");
        fundingStream.setLabel("Funding stream");
        fundingStream.setItems(Arrays.stream(FundingStream.values())
                .filter(stream -> stream.pathway() == Pathway.THRIVE_INTO_WORK).toList());
        fundingStream.setItemLabelGenerator(stream -> stream == null ? "" : stream.label());
        fundingStream.setValue(FundingStream.THRIVE_INTO_WORK_TRIAL);
        fields.putAll(Map.of("participantId", acceptAs, "localAuthority", localAuthority,
                "fundingStream", fundingStream));
        accept.setId("gp-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> accept());
        FormLayout form = form();
        form.add(acceptAs, localAuthority, fundingStream, accept);
        form.setColspan(acceptAs, 2);
        return form;
    }

    private FormLayout rejectForm() {
        rejectionReason.setId("rejection-reason");
        rejectionReason.setLabel("Reason");
        rejectionReason.setItems(GpReferralRejectionReason.values());
        rejectionReason.setItemLabelGenerator(reason -> reason == null ? "" : reason.label());
        rejectionReason.setPlaceholder("Choose");
        rejectionReason.setRequiredIndicatorVisible(true);
        rejectionNote.setId("rejection-note");
        rejectionNote.setMaxLength(2000);
        rejectionNote.setHelperText("Required for another reason; the practice is told the reason, not the note");
        fields.putAll(Map.of("reason", rejectionReason, "note", rejectionNote));
        reject.setId("gp-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setDisableOnClick(true);
        reject.addClickListener(e -> reject());
        FormLayout form = form();
        form.add(rejectionReason, rejectionNote, reject);
        form.setColspan(rejectionNote, 2);
        return form;
    }

    private void accept() {
        clearProblems();
        if (localAuthority.getValue() == null) {
            refusedOn(localAuthority, "Choose the local authority the person lives in");
            accept.setEnabled(true);
            return;
        }
        String participantId = REGISTER.equals(acceptAs.getValue()) || acceptAs.isReadOnly() ? null
                : acceptAs.getValue();
        UI ui = UI.getCurrent();
        decisions.accept(referralId, new GpReferralAcceptance.Acceptance(version, participantId,
                        localAuthority.getValue(), fundingStream.getValue(), null, null, null, null))
                .whenComplete((accepted, failure) -> ui.access(() -> {
                    accept.setEnabled(true);
                    if (failure == null) {
                        done(accepted.message());
                    } else {
                        refused(failure);
                    }
                }));
    }

    private void reject() {
        clearProblems();
        if (rejectionReason.getValue() == null) {
            refusedOn(rejectionReason, "Choose why the referral is not taken on");
            reject.setEnabled(true);
            return;
        }
        UI ui = UI.getCurrent();
        decisions.reject(new RejectGpReferral(referralId, version, rejectionReason.getValue(),
                        rejectionNote.getValue(), decisions.me()))
                .whenComplete((result, failure) -> ui.access(() -> {
                    reject.setEnabled(true);
                    if (failure == null) {
                        done("Referral rejected: " + rejectionReason.getValue().label());
                    } else {
                        refused(failure);
                    }
                }));
    }

    private void done(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        decided.run();
    }

    /** Why nothing was decided; runs on the UI thread. */
    private void refused(Throwable failure) {
        Throwable cause = GpReferralInboxFailures.cause(failure instanceof CompletionException
                ? failure.getCause() : failure);
        if (cause instanceof InvalidCommandException invalid) {
            for (FieldProblem each : invalid.problems()) {
                HasValidation field = fields.get(each.field());
                if (field != null) {
                    refusedOn(field, each.message());
                } else {
                    showProblem("Nothing was recorded: " + each.message());
                }
            }
        } else if (cause instanceof StaleGpReferralVersionException stale) {
            version = stale.currentVersion();
            showProblem("Nothing was recorded: this referral changed since you opened it (someone else opened or "
                    + "decided it). Close it and open it again to see it as it is now before deciding.");
        } else if (cause instanceof GpReferralAlreadyDecidedException || cause instanceof AccessRefusedException
                || cause instanceof UnknownGpReferralException) {
            showProblem("Nothing was recorded: " + cause.getMessage());
        } else {
            log.error("A GP referral decision failed: {}", cause == null ? "unknown" : cause.getClass().getName());
            showProblem("Nothing was recorded: something went wrong. Please try again.");
        }
    }

    private static void refusedOn(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearProblems() {
        problem.setVisible(false);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Above the form, scrolled to: on a phone (or a long dialog) the top is otherwise out of sight. */
    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        problem.scrollIntoView();
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pathways-form-note");
        return paragraph;
    }
}
