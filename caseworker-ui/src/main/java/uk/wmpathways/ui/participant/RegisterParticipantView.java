package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindKnownPerson;
import uk.wmpathways.caseservice.api.ParticipantQueries.KnownPerson;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.date.DateField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The "Register participant" form. Each field is checked with the same rules the aggregate enforces, so a
 * message appears beside the field before anything is sent; whatever the server still rejects is shown on
 * the field it concerns.
 */
@Route(value = "participants/new", layout = MainLayout.class)
@PageTitle("Register participant | Pathways")
@RolesAllowed("CASEWORKER")
public class RegisterParticipantView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(RegisterParticipantView.class);

    /** The form's working copy; the command is made from it only when every field is valid. */
    static final class Form {
        String givenName = "";
        String familyName = "";
        LocalDate dateOfBirth;
        String nhsNumber = "";
        LocalAuthority localAuthority;
        String phone = "";
        String email = "";
        EthnicGroup ethnicity;
        Sex sex;
        Disability disability;

        /** Null when no equality question was answered (the person was not asked). */
        EqualityDetails equality() {
            return ethnicity == null && sex == null && disability == null
                    ? null : new EqualityDetails(ethnicity, sex, disability);
        }
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProviderOrganisations organisations;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Binder<Form> binder = new Binder<>();
    private final TextField givenName = new TextField("Given name");
    private final TextField familyName = new TextField("Family name");
    private final DateField dateOfBirth = new DateField("Date of birth");
    private final TextField nhsNumber = new TextField("NHS number (optional)");
    private final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    private final TextField phone = new TextField("Phone (optional)");
    private final EmailField email = new EmailField("Email (optional)");
    private final Select<EthnicGroup> ethnicity =
            equalityQuestion("Ethnic group", EthnicGroup.values(), EthnicGroup::label);
    private final Select<Sex> sex = equalityQuestion("Sex", Sex.values(), Sex::label);
    private final Select<Disability> disability =
            equalityQuestion("Disability", Disability.values(), Disability::label);
    private final LawfulBasisFields lawfulBasis;
    private final Button save = new Button("Register");
    private final Map<String, HasValue<?, ?>> fieldsByName;
    private final DuplicateCheck duplicateCheck;
    private final Div likelyMatches = new Div();
    /** What the caseworker said is not the same person as the likely matches shown: registered without asking again. */
    private List<Object> notTheSamePersonAs = List.of();
    private DismissedMatches dismissed = DismissedMatches.none();

    public RegisterParticipantView(CommandGateway commands, QueryGateway queries,
                                   ProviderOrganisations organisations, AuthenticationContext authentication,
                                   Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.organisations = organisations;
        this.authentication = authentication;
        this.clock = clock;
        this.duplicateCheck = new DuplicateCheck(queries);
        addClassName("pathways-page");

        givenName.setId("given-name");
        familyName.setId("family-name");
        dateOfBirth.setId("date-of-birth");
        nhsNumber.setId("nhs-number");
        localAuthority.setId("local-authority");
        phone.setId("phone");
        email.setId("email");
        ethnicity.setId("ethnicity");
        sex.setId("sex");
        disability.setId("disability");
        save.setId("save");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        localAuthority.setRequiredIndicatorVisible(true);
        LocalDate today = LocalDate.now(clock);
        lawfulBasis = new LawfulBasisFields();
        List.of(ethnicity, sex, disability).forEach(question -> question.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                lawfulBasis.equalityAnswered();
            }
        }));
        dateOfBirth.setInitialPosition(today.minusYears(40));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(RegistrationRules.EMAIL_EXAMPLE));
        nhsNumber.setHelperText("10 digits, for example 943 476 5919");
        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(LocalAuthority::displayName);

        binder.forField(givenName)
                .withValidator(rule(v -> RegistrationRules.nameProblem("Given name", v)))
                .bind(f -> f.givenName, (f, v) -> f.givenName = v);
        binder.forField(familyName)
                .withValidator(rule(v -> RegistrationRules.nameProblem("Family name", v)))
                .bind(f -> f.familyName, (f, v) -> f.familyName = v);
        binder.forField(dateOfBirth)
                .withValidator(rule(v -> RegistrationRules.dateOfBirthProblem(v, LocalDate.now(clock))))
                .bind(f -> f.dateOfBirth, (f, v) -> f.dateOfBirth = v);
        binder.forField(nhsNumber)
                .withValidator(rule(RegistrationRules::nhsNumberProblem))
                .bind(f -> f.nhsNumber, (f, v) -> f.nhsNumber = v);
        binder.forField(localAuthority)
                .withValidator(rule(RegistrationRules::localAuthorityProblem))
                .bind(f -> f.localAuthority, (f, v) -> f.localAuthority = v);
        binder.forField(phone)
                .withValidator(rule(RegistrationRules::phoneProblem))
                .bind(f -> f.phone, (f, v) -> f.phone = v);
        binder.forField(email)
                .withValidator(rule(RegistrationRules::emailProblem))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(ethnicity).bind(f -> f.ethnicity, (f, v) -> f.ethnicity = v);
        binder.forField(sex).bind(f -> f.sex, (f, v) -> f.sex = v);
        binder.forField(disability).bind(f -> f.disability, (f, v) -> f.disability = v);
        binder.setBean(new Form());
        fieldsByName = Map.of("givenName", givenName, "familyName", familyName, "dateOfBirth", dateOfBirth,
                "nhsNumber", nhsNumber, "localAuthority", localAuthority, "phone", phone, "email", email,
                "lawfulBasis", lawfulBasis.basis, "specialCategoryCondition", lawfulBasis.condition,
                "consentGivenOn", lawfulBasis.consentGivenOn);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> register());
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate(ParticipantListView.class));

        FormLayout form = new FormLayout(givenName, familyName, dateOfBirth, nhsNumber, localAuthority, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        FormLayout equalityForm = new FormLayout(ethnicity, sex, disability);
        equalityForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 3));
        Paragraph equalityNote = new Paragraph("These three questions are optional: ask them only if the person "
                + "is happy to answer, and \"Prefer not to say\" is a full answer. The answers are used only for "
                + "equality monitoring, to check that the programmes reach and help everyone fairly; reports show "
                + "them only as totals, never with a person's name.");
        equalityNote.setId("equality-note");
        add(new H2("Register participant"), form, new H3("Equality monitoring (optional)"), equalityNote,
                equalityForm, new H3("Lawful basis"), lawfulBasis, likelyMatches, new HorizontalLayout(save, cancel));
    }

    /** An optional question whose answers are the enum's labels; left empty when it was not asked. */
    private static <E extends Enum<E>> Select<E> equalityQuestion(String label, E[] answers,
                                                                  Function<E, String> answerLabel) {
        Select<E> select = new Select<>();
        select.setLabel(label);
        select.setItems(answers);
        select.setItemLabelGenerator(answer -> answer == null ? "" : answerLabel.apply(answer));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not answered");
        select.setPlaceholder("Not answered");
        return select;
    }

    private static <T> Validator<T> rule(Function<T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
    }

    private void register() {
        if (!binder.validate().isOk()) {
            return;
        }
        Form form = binder.getBean();
        List<Object> described = List.of(form.givenName, form.familyName, form.dateOfBirth,
                form.nhsNumber == null ? "" : form.nhsNumber);
        if (!described.equals(notTheSamePersonAs)) {
            dismissed = DismissedMatches.none();
            LikelyMatches matches = duplicateCheck.beforeRegistering(form.givenName, form.familyName, form.dateOfBirth,
                    form.nhsNumber);
            if (matches.any()) {
                showLikelyMatches(matches, described);
                return;
            }
        }
        RegisterParticipant command = new RegisterParticipant(UUID.randomUUID().toString(), form.givenName,
                form.familyName, form.dateOfBirth, form.nhsNumber, form.localAuthority, form.phone, form.email,
                authentication.getPrincipalName().orElseThrow(), form.equality(), lawfulBasis.basis.getValue(),
                lawfulBasis.condition.getValue(), lawfulBasis.consentDay());
        save.setEnabled(false);
        UI ui = UI.getCurrent();
        commands.send(command).whenComplete((result, failure) -> ui.access(() -> {
            save.setEnabled(true);
            if (failure == null) {
                dismissed.rememberFor(command.participantId(), commands, command.registeredBy());
                Notification.show("Participant registered", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                // The new record, not the list of thousands: its referral is always the next step.
                ui.navigate(ParticipantView.class, command.participantId());
            } else {
                showRejection(failure);
            }
        }));
    }

    private void showLikelyMatches(LikelyMatches matches, List<Object> described) {
        likelyMatches.removeAll();
        likelyMatches.add(new LikelyMatchesPanel(matches, organisations, () -> {
            notTheSamePersonAs = described;
            dismissed = DismissedMatches.of(matches);
            likelyMatches.removeAll();
            register();
        }, () -> {
            likelyMatches.removeAll();
            givenName.focus();
        }));
        likelyMatches.getElement().callJsFunction("scrollIntoView");
    }

    /** Which organisations to contact about the person already registered: the minimal "already known" answer. */
    private String knownTo() {
        KnownPerson known = queries.query(new FindKnownPerson(nhsNumber.getValue()),
                ResponseTypes.instanceOf(KnownPerson.class)).join();
        List<String> names = known.organisationsToContact().stream().map(organisations::nameOf).toList();
        return names.isEmpty() ? "" : ". Known to " + String.join(", ", names) + ": contact them.";
    }

    private void showRejection(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof CommandExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidCommandException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                markInvalid(problem.field(), problem.message());
            }
        } else if (cause instanceof NhsNumberAlreadyRegisteredException) {
            markInvalid("nhsNumber", cause.getMessage() + knownTo());
        } else {
            log.error("Registration failed: {}", cause.getClass().getName());
            Notification.show("The participant could not be registered; nothing was saved. Please try again.",
                    6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void markInvalid(String fieldName, String message) {
        HasValue<?, ?> field = fieldsByName.get(fieldName);
        if (field instanceof com.vaadin.flow.component.HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        } else {
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
