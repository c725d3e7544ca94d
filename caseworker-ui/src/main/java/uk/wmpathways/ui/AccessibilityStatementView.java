package uk.wmpathways.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.Arrays;

/**
 * The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for, after the GOV.UK
 * model statement; open to everyone, signed in or not. What it says the checks cover is what
 * AccessibilityBrowserTest checks: keep the two together.
 */
@Route(value = AccessibilityStatementView.ROUTE, layout = MainLayout.class)
@PageTitle("Accessibility statement | Pathways")
@AnonymousAllowed
public class AccessibilityStatementView extends VerticalLayout {

    public static final String ROUTE = "accessibility";
    static final String PREPARED_ON = "3 December 2026";

    public AccessibilityStatementView() {
        addClassName("pathways-page");
        addClassName("pathways-statement");
        setId("accessibility-statement");
        add(new H1("Accessibility statement for Pathways"),
                new Paragraph("This statement applies to Pathways, the case management service for Housing First,"
                        + " the Rough Sleeping Initiative and Thrive into Work in the West Midlands, used by"
                        + " caseworkers, outreach workers, GP practices, programme managers, administrators and the"
                        + " data protection officer."),
                new Paragraph("We want as many people as possible to be able to use this service. For example, you"
                        + " should be able to:"),
                list("change colours, contrast levels and fonts using your browser or device settings",
                        "zoom in up to 400% without the text spilling off the screen",
                        "use the service on a phone as on a desktop computer",
                        "navigate most of the service using just a keyboard, starting with a \"Skip to main"
                                + " content\" link",
                        "navigate most of the service using speech recognition software",
                        "listen to most of the service using a screen reader"),

                new H2("How accessible this service is"),
                new Paragraph("We know some parts of this service are not fully accessible:"),
                list("the calendar that opens from a date field is hard to use with a screen reader: type the date"
                                + " as DD/MM/YYYY instead",
                        "the charts on the outcome reports are pictures of the figures shown in the tables next to"
                                + " them; use the tables with a screen reader",
                        "the spreadsheet exports of the outcome reports have not been checked for accessibility",
                        "a required drop-down list is announced as \"required\" through a work-around, not as"
                                + " the standard required state, because of a fault in the component library"),

                new H2("Feedback and contact information"),
                new Paragraph("If you need information in this service in a different format, or you find a problem"
                        + " not listed on this page, tell your organisation's Pathways administrator, who passes it"
                        + " to the service team. We will reply within 5 working days."),

                new H2("Enforcement procedure"),
                new Paragraph("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the"
                        + " Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility"
                        + " Regulations 2018 (the 'accessibility regulations'). If you are not happy with how we"
                        + " respond to your complaint, contact the Equality Advisory and Support Service (EASS)."),
                link("https://www.equalityadvisoryservice.com/", "Equality Advisory and Support Service (EASS)"),

                new H2("Technical information about this service's accessibility"),
                new Paragraph("We are committed to making this service accessible, in accordance with the Public"
                        + " Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."),
                new Paragraph("This service is partially compliant with the Web Content Accessibility Guidelines"
                        + " version 2.2 AA standard, due to the non-compliances listed above."),

                new H2("How we tested this service"),
                new Paragraph("Every change to the service is checked by machine with Deque's axe-core (version"
                        + " 4.10), using its rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA. The check fails on"
                        + " any critical or serious finding; moderate and minor findings are reported for us to"
                        + " fix. It covers:"),
                list("every page of every role: my caseload, due, referrals, participants, a participant's"
                                + " record and data rights, an enrolment, registering a participant, the GP referral"
                                + " inbox, a practice's referrals and the referral form, outcome reports, trial arm"
                                + " conflicts, accounts, organisations, funding, the access log, subject access,"
                                + " change password, two-step sign-in, sign in, this statement, and the \"You may not"
                                + " open this page\" and \"Page not found\" pages",
                        "the main forms: starting each pathway (Housing First, Rough Sleeping Initiative, Thrive"
                                + " into Work), a Housing First step, recording consent and erasing a record",
                        "each at desktop size (1280 by 800 pixels) and phone size (390 by 844 pixels)"),
                new Paragraph("A machine check finds only some accessibility problems. The service has not yet been"
                        + " tested by people who use assistive technology, or audited by hand against every WCAG"
                        + " success criterion; we plan to do both."),

                new H2("Preparation of this accessibility statement"),
                new Paragraph("This statement was prepared on " + PREPARED_ON + ". It was last reviewed on "
                        + PREPARED_ON + "."));
    }

    private static UnorderedList list(String... items) {
        return new UnorderedList(Arrays.stream(items).map(ListItem::new).toArray(ListItem[]::new));
    }

    private static Component link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.setRouterIgnore(true);
        return new Paragraph(anchor);
    }
}
