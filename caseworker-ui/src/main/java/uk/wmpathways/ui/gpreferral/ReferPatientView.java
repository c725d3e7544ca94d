package uk.wmpathways.ui.gpreferral;

import ca.uhn.fhir.context.FhirContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.gpreferrals.intake.GpPractices;
import uk.wmpathways.gpreferrals.intake.ReferralMessages;
import uk.wmpathways.gpreferrals.intake.ReferralProblem;
import uk.wmpathways.gpreferrals.intake.ReferralRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.ui.access.AsSignedIn;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.date.DateField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The referral form, for practices without a system that sends referrals itself. The answers become the same FHIR
 * message a practice system sends and go through the same path ({@link ReferralMessages}: base R4 validation, the
 * referral rules, the practice check, then the intake that records it), so the form has the API's rules and
 * messages; each problem is shown on the field it concerns.
 * <p>
 * An NHS number typed here is sent as "present but not traced" unless the GP ticks that they verified it: a typed
 * number can be a valid number of someone else (the check digit catches most slips, not all), and the service links
 * a referral to an existing record on its own only for an identical <em>verified</em> number, so verification must
 * be the GP's explicit statement, as a practice system states it after tracing the number on the NHS Spine.
 */
@Route(value = ReferPatientView.ROUTE, layout = MainLayout.class)
@PageTitle("Refer a patient | Pathways")
@RolesAllowed("GP_REFERRER")
public class ReferPatientView extends VerticalLayout {

    public static final String ROUTE = "gp-referrals/new";
    private static final Logger log = LoggerFactory.getLogger(ReferPatientView.class);
    private static final int TEXT = 200;
    private static final int LONG_TEXT = 2000;

    private final FhirContext fhir;
    private final ReferralMessages messages;
    private final CallerDispatchInterceptors callers;
    private final UserAccounts accounts;
    private final Clock clock;
    /** One per opening of the form: sending it twice records it once (the intake's duplicate rule). */
    private final String requestId = UUID.randomUUID().toString();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Div problem = new Div();
    private final TextField givenName = text("givenName", "Given name", TEXT);
    private final TextField familyName = text("familyName", "Family name", TEXT);
    private final DateField dateOfBirth = date("dateOfBirth", "Date of birth");
    private final Select<String> sex = sex();
    private final TextField nhsNumber = text("nhsNumber", "NHS number (optional)", 20);
    private final Checkbox nhsNumberVerified = new Checkbox("I have verified this NHS number");
    private final TextField phone = text("phone", "Phone (optional)", TEXT);
    private final TextField email = text("email", "Email (optional)", TEXT);
    private final TextArea address = area("address", "Address (optional)", 500);
    private final TextField postcode = text("postcode", "Postcode (optional)", 10);
    private final TextArea reason = area("reason", "Reason for referral", LONG_TEXT);
    private final TextArea reasonableAdjustments = area("reasonableAdjustments",
            "Reasonable adjustments (optional)", LONG_TEXT);
    private final TextArea safeguarding = area("safeguarding", "Safeguarding concerns (optional)", LONG_TEXT);
    private final Checkbox consentGiven = new Checkbox("The patient agreed to this referral and to their details "
            + "being shared with the Thrive into Work service");
    private final DateField consentGivenOn = date("consentGivenOn", "Agreed on");
    private final Button send = new Button("Send referral");
    private final Optional<String> practice;

    public ReferPatientView(FhirContext fhir, ReferralMessages messages, CallerDispatchInterceptors callers,
                            GpPractices practices, UserAccounts accounts, Clock clock) {
        this.fhir = fhir;
        this.messages = messages;
        this.callers = callers;
        this.accounts = accounts;
        this.clock = clock;
        setId("refer-patient-page");
        addClassName("pathways-page");
        practice = callers.signedIn().flatMap(practices::practiceOf);
        add(new H2("Refer a patient to Thrive into Work"));
        if (practice.isEmpty()) {
            Paragraph noPractice = new Paragraph(MyPracticeReferralsView.NO_PRACTICE);
            noPractice.setId("no-practice");
            noPractice.addClassName("pathways-form-problem");
            add(noPractice);
            return;
        }
        problem.setId("form-problem");
        problem.addClassName("pathways-form-problem");
        problem.setVisible(false);
        LocalDate today = today();
        familyName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setInitialPosition(today.minusYears(40));
        nhsNumber.setHelperText("10 digits, for example 943 476 5919");
        nhsNumberVerified.setId("nhs-number-verified");
        nhsNumberVerified.setHelperText("Tick only if you checked the number against the patient's NHS record "
                + "(traced on the Spine). Otherwise it is sent as \"present but not traced\", and the service "
                + "confirms it before treating two records as the same person.");
        reasonableAdjustments.setHelperText("What the patient needs to take part, for example large print");
        safeguarding.setHelperText("Anything the service must know to keep the patient or its staff safe");
        consentGiven.setId("consent-given");
        consentGivenOn.setValue(today);
        consentGivenOn.setEnabled(false);
        consentGiven.addValueChangeListener(e -> consentGivenOn.setEnabled(e.getValue()));
        send.setId("send-referral");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> submit());
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate(MyPracticeReferralsView.class));
        cancel.setId("cancel-referral");

        add(problem,
                new H3("The patient"), form(givenName, familyName, dateOfBirth, sex, nhsNumber, nhsNumberVerified),
                new H3("How to contact them"), form(phone, email, address, postcode),
                new H3("The referral"), form(reason, reasonableAdjustments, safeguarding),
                new H3("Consent"), form(consentGiven, consentGivenOn),
                new HorizontalLayout(send, cancel));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    private void submit() {
        clearProblems();
        if (!formOnlyChecksPass()) {
            send.setEnabled(true);
            return;
        }
        Caller caller = callers.signedIn().orElseThrow();
        String practitioner = accounts.displayNameOf(caller.username());
        FormReferralMessage message = FormReferralMessage.of(fhir, answers(), practice.orElseThrow(), practitioner,
                clock.instant(), UkTime.ZONE);
        UI ui = UI.getCurrent();
        ReferralMessages.Received[] received = new ReferralMessages.Received[1];
        Runnable receive = AsSignedIn.wrap(() -> received[0] = messages.receive(message.json(), requestId, caller));
        // The first referral after a start may wait for the validator to load the R4 definitions: not on the UI thread
        CompletableFuture.runAsync(receive).whenComplete((done, failure) -> ui.access(() -> {
            send.setEnabled(true);
            if (failure == null) {
                sent(ui, received[0].receipt().referralId());
            } else {
                refused(message, failure instanceof CompletionException ? failure.getCause() : failure);
            }
        }));
    }

    private void sent(UI ui, String referralId) {
        Notification.show("Referral sent", 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        ui.navigate(MyPracticeReferralsView.ROUTE,
                QueryParameters.simple(Map.of(MyPracticeReferralsView.SENT, referralId)));
    }

    /** Each problem on its field; those of no field above the form. Nothing was recorded. */
    private void refused(FormReferralMessage message, Throwable cause) {
        if (!(cause instanceof ReferralRefusedException refusal)) {
            log.error("Referral from the form failed: {}", cause == null ? "unknown" : cause.getClass().getName());
            showProblem("Nothing was sent: something went wrong. Please try again.");
            return;
        }
        List<String> elsewhere = new ArrayList<>();
        for (ReferralProblem each : refusal.problems()) {
            Optional<HasValidation> field = message.fieldAt(each.expression()).map(fields::get)
                    .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
            if (field.isPresent()) {
                markInvalid(field.get(), each.diagnostics());
            } else {
                elsewhere.add(each.diagnostics());
            }
        }
        showProblem(elsewhere.isEmpty() ? "Nothing was sent: check the fields marked."
                : "Nothing was sent: " + String.join("; ", elsewhere));
    }

    /** What only the form asks (the message has no such fields): when the patient agreed. */
    private boolean formOnlyChecksPass() {
        if (!consentGiven.getValue()) {
            return true;
        }
        if (consentGivenOn.getValue() == null) {
            markInvalid(consentGivenOn, "Give the day the patient agreed, as DD/MM/YYYY");
            return false;
        }
        if (consentGivenOn.getValue().isAfter(today())) {
            markInvalid(consentGivenOn, "The day the patient agreed cannot be in the future");
            return false;
        }
        return true;
    }

    private FormReferralMessage.Answers answers() {
        return new FormReferralMessage.Answers(givenName.getValue(), familyName.getValue(), dateOfBirth.getValue(),
                sex.getValue(), nhsNumber.getValue(), nhsNumberVerified.getValue(), phone.getValue(),
                email.getValue(), address.getValue(), postcode.getValue(), reason.getValue(),
                reasonableAdjustments.getValue(), safeguarding.getValue(), consentGiven.getValue(),
                consentGivenOn.getValue());
    }

    private static void markInvalid(HasValidation field, String message) {
        String before = field.isInvalid() ? field.getErrorMessage() : null;
        field.setErrorMessage(before == null || before.isBlank() ? message : before + " " + message);
        field.setInvalid(true);
    }

    private void clearProblems() {
        problem.setVisible(false);
        fields.values().stream().filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(field -> {
                    field.setInvalid(false);
                    field.setErrorMessage(null);
                });
    }

    /** Above the form, scrolled to: on a phone (or a long dialog) the top is otherwise out of sight. */
    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        problem.scrollIntoView();
    }

    private static FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    private TextField text(String name, String label, int maxLength) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setManualValidation(true);
        return named(name, field);
    }

    private TextArea area(String name, String label, int maxLength) {
        TextArea area = new TextArea(label);
        area.setMaxLength(maxLength);
        area.setManualValidation(true);
        return named(name, area);
    }

    private DateField date(String name, String label) {
        DateField picker = new DateField(label);
        picker.setManualValidation(true);
        return named(name, picker);
    }

    private Select<String> sex() {
        Select<String> select = new Select<>();
        select.setLabel("Sex (optional)");
        Map<String, String> labels = Map.of("female", "Female", "male", "Male", "other", "Other",
                "unknown", "Not known");
        select.setItems("female", "male", "other", "unknown");
        select.setItemLabelGenerator(code -> code == null ? "" : labels.get(code));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not given");
        select.setManualValidation(true);
        return named("sex", select);
    }

    /**
     * A field under the form's name for it (the element id in kebab case), where problems are shown. Fields validate
     * manually: the rules are the intake's, and a field's own check must not clear the message it gave.
     */
    private <C extends Component> C named(String name, C field) {
        field.setId(name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        fields.put(name, field);
        return field;
    }
}
