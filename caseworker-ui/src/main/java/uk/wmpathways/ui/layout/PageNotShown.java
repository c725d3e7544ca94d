package uk.wmpathways.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees instead of a page, inside the usual menu and with a title: "You may not open this
 * page" (403) for a page their role may not open, "Page not found" (404) for an address that is no page.
 */
public abstract class PageNotShown extends VerticalLayout implements HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private String title = "Page not found";

    protected PageNotShown() {
        addClassName("pathways-page");
        heading.setId("page-not-shown");
        explanation.setId("page-not-shown-explanation");
        Anchor home = new Anchor("", "Go to your home page");
        home.setId("page-not-shown-home");
        add(heading, explanation, home);
    }

    protected int refused() {
        return show("You may not open this page", "This page is not part of your role's work, so it is not shown to"
                + " you. Choose a page from the menu, or ask an administrator if your role should include it.",
                HttpServletResponse.SC_FORBIDDEN);
    }

    protected int notFound() {
        return show("Page not found", "There is no page at this address. If you typed it, check it; if a link"
                + " brought you here, choose the page from the menu instead.", HttpServletResponse.SC_NOT_FOUND);
    }

    private int show(String title, String explanation, int status) {
        this.title = title;
        heading.setText(title);
        this.explanation.setText(explanation);
        getElement().setAttribute("data-status", String.valueOf(status));
        return status;
    }

    @Override
    public String getPageTitle() {
        return title + " | Pathways";
    }
}
