package uk.wmpathways.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;

/**
 * The page's main landmark around the view, which the "Skip to main content" link moves to, with the page's one
 * H1: the view's own where it has one, otherwise the page title, visually hidden (the view shows it in its own
 * words), so that a screen reader user finds what page this is by heading as by title.
 */
final class MainContent extends Main {

    static final String ID = "main-content";
    private static final String SITE = " | Pathways";

    private final H1 heading = new H1();

    MainContent() {
        setId(ID);
        addClassName("pathways-main");
        // focusable by the skip link only, not in the tab order
        getElement().setAttribute("tabindex", "-1");
        heading.setId("page-heading");
        heading.addClassName("pathways-visually-hidden");
    }

    void show(HasElement view) {
        removeAll();
        heading.setText(titleOf(view));
        if (!hasH1(view.getElement())) {
            add(heading);
        }
        getElement().appendChild(view.getElement());
    }

    void clear(HasElement view) {
        if (view != null && view.getElement().getParent() == getElement()) {
            getElement().removeChild(view.getElement());
        }
    }

    /** The title the router gives the page, without the site's name. */
    static String titleOf(HasElement view) {
        String title = view instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle()
                : view.getClass().isAnnotationPresent(PageTitle.class)
                ? view.getClass().getAnnotation(PageTitle.class).value() : "Pathways";
        return title.endsWith(SITE) ? title.substring(0, title.length() - SITE.length()) : title;
    }

    private static boolean hasH1(Element element) {
        return !element.isTextNode()
                && ("h1".equals(element.getTag()) || element.getChildren().anyMatch(MainContent::hasH1));
    }

    static Component skipLink() {
        com.vaadin.flow.component.html.Anchor skip =
                new com.vaadin.flow.component.html.Anchor("#" + ID, "Skip to main content");
        skip.setId("skip-to-main-content");
        skip.addClassName("pathways-skip-link");
        skip.setRouterIgnore(true);
        // the page's <base> would make "#main-content" another address: move focus here instead, in the browser
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } });",
                ID);
        return skip;
    }
}
